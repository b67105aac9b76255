namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// What replicas do with duplicated, late and overtaking events, published straight onto taipei's broker
/// and validly signed by taipei.
/// </summary>
[Collection(nameof(CatalogFederation))]
public sealed class DeliveryTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_copy_of_an_applied_event_is_acknowledged_as_a_duplicate_even_if_it_differs_and_changes_nothing()
    {
        var listing = SignedMessages.Listing(Samples.Marker(), version: 2);
        var messageId = NewId.NextGuid();
        await federation.PublishFromTaipeiAsync(new SolutionPublished(listing), messageId);
        await SeoulHoldsAsync(listing, l => l.Version == 2);

        await federation.PublishFromTaipeiAsync(new SolutionPublished(listing with { Version = 3, Trl = 9 }), messageId);

        // An at-least-once redelivery, not an attack: acknowledged, and kept out of the error queue meant for forgeries.
        await federation.DrainedAsync("seoul");
        Assert.False(await federation.InErrorQueueAsync("seoul", messageId));
        Assert.False(await federation.SkippedAsync("seoul", messageId), "the duplicate was left in the skipped queue");
        var held = await SeoulHoldsAsync(listing, _ => true);
        Assert.Equal((2L, 6), (held.Version, held.Trl));
        var processed = await federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, int>(
            db => db.ProcessedMessages.CountAsync(m => m.MessageId == messageId));
        Assert.Equal(1, processed);
    }

    [Fact]
    public async Task An_older_version_arriving_after_a_newer_one_is_ignored()
    {
        var listing = SignedMessages.Listing(Samples.Marker(), version: 5);
        await federation.PublishFromTaipeiAsync(new SolutionPublished(listing), NewId.NextGuid());
        await SeoulHoldsAsync(listing, l => l.Version == 5);

        var late = NewId.NextGuid();
        await federation.PublishFromTaipeiAsync(new SolutionPublished(listing with { Version = 4, Trl = 2 }), late);
        await SeoulProcessedAsync(late);

        var held = await SeoulHoldsAsync(listing, _ => true);
        Assert.Equal((5L, 6), (held.Version, held.Trl));
    }

    [Fact]
    public async Task A_tombstone_that_overtakes_the_listing_keeps_it_withdrawn()
    {
        var listing = SignedMessages.Listing(Samples.Marker(), version: 1);
        var tombstone = NewId.NextGuid();
        await federation.PublishFromTaipeiAsync(new SolutionWithdrawn(listing.Id, "taipei", 2, DateTimeOffset.UtcNow), tombstone);
        await SeoulProcessedAsync(tombstone);
        var overtaken = NewId.NextGuid();
        await federation.PublishFromTaipeiAsync(new SolutionPublished(listing), overtaken);
        await SeoulProcessedAsync(overtaken);

        var held = await federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, Features.Solutions.Solution?>(
            db => db.Solutions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == listing.Id));
        Assert.NotNull(held);
        Assert.True(held.Withdrawn);
        Assert.Equal(2, held.Version);
        Assert.Empty((await Samples.SearchAsync(federation.Client("seoul"), listing.Title["en"])).Items);
    }

    [Fact]
    public async Task A_listing_claiming_another_owner_than_its_sender_is_rejected_to_the_error_queue()
    {
        var forged = SignedMessages.Listing(Samples.Marker(), version: 1) with { City = "new-taipei" };
        var messageId = NewId.NextGuid();

        await federation.PublishFromTaipeiAsync(new SolutionPublished(forged), messageId);

        Assert.Contains("owned by 'new-taipei' arrived from 'taipei'", await federation.RejectionAsync("seoul", messageId));
        var held = await federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, bool>(
            db => db.Solutions.AnyAsync(s => s.Id == forged.Id));
        Assert.False(held);
    }

    private Task<SolutionResponse> SeoulHoldsAsync(SolutionResponse listing, Func<SolutionResponse, bool> done) =>
        Eventually.Value(async () => await federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, SolutionResponse?>(
                async db => (await db.Solutions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == listing.Id))?.ToResponse()),
            held => held is not null && done(held), Samples.Propagation, "seoul's replica")!;

    private Task SeoulProcessedAsync(Guid messageId) => Eventually.Async(
        () => federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, bool>(db => db.ProcessedMessages.AnyAsync(m => m.MessageId == messageId)),
        Samples.Propagation, $"seoul to consume message {messageId}");
}
