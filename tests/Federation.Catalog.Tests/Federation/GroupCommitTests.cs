namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// A burst of another city's listings is applied in groups, one transaction for those that arrive together, and a bad
/// message in a group costs the others nothing. Published straight onto taipei's broker, signed by taipei.
/// </summary>
[Collection(nameof(CatalogFederation))]
public sealed class GroupCommitTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_burst_of_listings_is_applied_in_fewer_transactions_than_listings()
    {
        using var groups = new FederationMeasurements(FederationMetrics.GroupedName);
        var burst = Enumerable.Range(0, 200).Select(_ => SignedMessages.Listing(Samples.Marker(), version: 1)).ToList();

        await Task.WhenAll(burst.Select(l => federation.PublishFromTaipeiAsync(new SolutionPublished(l), NewId.NextGuid())));

        await SeoulHoldsAsync(burst);
        var seoul = groups.Values.Where(v => v.Tags["city"] == "seoul").Select(v => v.Value).ToList();
        Assert.True(seoul.Sum() >= burst.Count, $"seoul's groups applied {seoul.Sum()} messages, fewer than the {burst.Count} it holds");
        Assert.True(seoul.Count < burst.Count / 2, $"{burst.Count} listings took {seoul.Count} transactions");
    }

    [Fact]
    public async Task A_forged_and_a_repeated_message_in_a_burst_are_refused_alone_and_the_rest_is_applied()
    {
        var burst = Enumerable.Range(0, 100).Select(_ => (Listing: SignedMessages.Listing(Samples.Marker(), version: 1), Id: NewId.NextGuid())).ToList();
        var forged = SignedMessages.Listing(Samples.Marker(), version: 1) with { City = "new-taipei" };
        var forgedId = NewId.NextGuid();
        var repeated = burst[10];

        await Task.WhenAll(burst.Take(50).Select(m => federation.PublishFromTaipeiAsync(new SolutionPublished(m.Listing), m.Id)));
        await SeoulHoldsAsync([repeated.Listing]);
        await Task.WhenAll([
            federation.PublishFromTaipeiAsync(new SolutionPublished(forged), forgedId),
            federation.PublishFromTaipeiAsync(new SolutionPublished(repeated.Listing with { Trl = 9 }), repeated.Id),
            .. burst.Skip(50).Select(m => federation.PublishFromTaipeiAsync(new SolutionPublished(m.Listing), m.Id))]);

        await SeoulHoldsAsync(burst.Select(m => m.Listing).ToList());
        Assert.Contains("owned by 'new-taipei' arrived from 'taipei'", await federation.RejectionAsync("seoul", forgedId));
        await federation.DrainedAsync("seoul");
        Assert.False(await federation.InErrorQueueAsync("seoul", repeated.Id), "the repeated message was taken for a forgery");
        var (forgedHeld, marks, trl) = await federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, (bool, int, int)>(async db => (
            await db.Solutions.AnyAsync(s => s.Id == forged.Id),
            await db.ProcessedMessages.CountAsync(m => m.MessageId == repeated.Id),
            (await db.Solutions.AsNoTracking().SingleAsync(s => s.Id == repeated.Listing.Id)).Trl));
        Assert.False(forgedHeld);
        Assert.Equal(1, marks);
        Assert.Equal(repeated.Listing.Trl, trl);
    }

    private Task SeoulHoldsAsync(IReadOnlyCollection<SolutionResponse> listings)
    {
        var ids = listings.Select(l => l.Id).ToList();
        return Eventually.Async(() => federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, bool>(
                async db => await db.Solutions.CountAsync(s => ids.Contains(s.Id)) == ids.Count),
            Samples.Propagation, $"seoul to hold all {ids.Count} listings of the burst");
    }
}
