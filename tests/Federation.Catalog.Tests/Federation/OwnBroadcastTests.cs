namespace Federation.Catalog.Tests.Federation;

/// <summary>A city's broker hands its own broadcasts back to it: the catalog acknowledges them without a second write.</summary>
[Collection(nameof(CatalogFederation))]
public sealed class OwnBroadcastTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_city_does_not_apply_its_own_listings_when_its_broker_hands_them_back()
    {
        var marker = Samples.Marker();
        var listing = await Samples.CreateAsync(federation.Client("taipei"), Samples.StreetLamp(marker));
        await Samples.SearchUntilAsync(federation.Client("seoul"), marker, p => p.Total == 1, "seoul to apply taipei's listing");
        // Seoul's listing reaches taipei's queue after taipei's own message did: once taipei holds it, the own one was handled.
        var later = Samples.Marker();
        await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp(later));
        await Samples.SearchUntilAsync(federation.Client("taipei"), later, p => p.Total == 1, "taipei to apply seoul's listing");

        var (own, applied, sent) = await federation.Catalog("taipei").WithScopeAsync<CatalogDbContext, (int, int, List<Guid>)>(async db =>
        {
            var sent = await db.OutboxMessages.Select(o => o.MessageId).ToListAsync();
            return (await db.ProcessedMessages.CountAsync(p => sent.Contains(p.MessageId)), await db.ProcessedMessages.CountAsync(), sent);
        });
        Assert.Equal(0, own);
        // Acknowledged, not left over: a message no consumer took would pile up in the skipped queue.
        var skipped = await federation.Brokers.Broker("taipei").Management.PeekMessagesAsync(SignedMessages.ReplicationSkipped, 500);
        Assert.DoesNotContain(skipped, m => sent.Any(id => id.ToString() == m.MessageId));
        Assert.True(applied > 0, "taipei applies other cities' messages");
        Assert.Equal(listing.Id, (await federation.Client("taipei").GetFromJsonAsync<SolutionResponse>($"/api/solutions/{listing.Id}"))!.Id);
    }
}
