using Federation.Contracts.Catalog;
using Federation.Contracts.Messaging;
using Federation.ServiceDefaults.Outbox;
using Federation.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Federation.Catalog.Tests.Federation;

/// <summary>What replicas do with duplicated, redelivered and late events, published straight onto taipei's broker.</summary>
[Collection(nameof(CatalogFederation))]
public sealed class DeliveryTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_duplicated_event_is_applied_once_even_if_its_copy_differs()
    {
        var listing = Listing(Samples.Marker(), version: 2);
        var messageId = NewId.NextGuid();
        await PublishFromTaipeiAsync(new SolutionPublished(listing), messageId);
        await SeoulHoldsAsync(listing, l => l.Version == 2);

        await PublishFromTaipeiAsync(new SolutionPublished(listing with { Version = 3, Trl = 9 }), messageId);
        // A later message on the same exchange: once it is consumed and the queue is empty, so is the copy.
        var barrier = NewId.NextGuid();
        await PublishFromTaipeiAsync(new SolutionPublished(Listing(Samples.Marker(), 1)), barrier);
        await SeoulProcessedAsync(barrier);
        await SeoulHasDrainedAsync();

        var held = await SeoulHoldsAsync(listing, _ => true);
        Assert.Equal((2L, 6), (held.Version, held.Trl));
        var processed = await federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, int>(
            db => db.ProcessedMessages.CountAsync(m => m.MessageId == messageId));
        Assert.Equal(1, processed);
    }

    [Fact]
    public async Task An_older_version_arriving_after_a_newer_one_is_ignored()
    {
        var listing = Listing(Samples.Marker(), version: 5);
        await PublishFromTaipeiAsync(new SolutionPublished(listing), NewId.NextGuid());
        await SeoulHoldsAsync(listing, l => l.Version == 5);

        var late = NewId.NextGuid();
        await PublishFromTaipeiAsync(new SolutionPublished(listing with { Version = 4, Trl = 2 }), late);
        await SeoulProcessedAsync(late);

        var held = await SeoulHoldsAsync(listing, _ => true);
        Assert.Equal((5L, 6), (held.Version, held.Trl));
    }

    [Fact]
    public async Task A_tombstone_that_overtakes_the_listing_keeps_it_withdrawn()
    {
        var listing = Listing(Samples.Marker(), version: 1);
        var tombstone = NewId.NextGuid();
        await PublishFromTaipeiAsync(new SolutionWithdrawn(listing.Id, "taipei", 2, DateTimeOffset.UtcNow), tombstone);
        await SeoulProcessedAsync(tombstone);
        var overtaken = NewId.NextGuid();
        await PublishFromTaipeiAsync(new SolutionPublished(listing), overtaken);
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
        var forged = Listing(Samples.Marker(), version: 1) with { City = "new-taipei" };
        var before = await SeoulErrorsAsync();

        await PublishFromTaipeiAsync(new SolutionPublished(forged), NewId.NextGuid());

        await Eventually.Async(async () => await SeoulErrorsAsync() > before,
            Samples.Propagation, "the forged listing to land in seoul's error queue");
        var held = await federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, bool>(
            db => db.Solutions.AnyAsync(s => s.Id == forged.Id));
        Assert.False(held);
    }

    private static SolutionResponse Listing(string marker, long version)
    {
        var sample = Samples.StreetLamp(marker);
        var now = DateTimeOffset.UtcNow;
        return new SolutionResponse(Guid.NewGuid(), "taipei", version, sample.Title!, sample.Summary!, sample.Domain!,
            sample.Provider!, sample.Maturity!, sample.Trl!.Value, sample.Tags!, sample.Contact, now, now);
    }

    private async Task PublishFromTaipeiAsync<T>(T message, Guid messageId) where T : class
    {
        var bus = federation.Catalog("taipei").Services.GetRequiredService<IBus>();
        await bus.Publish(message, context =>
        {
            context.MessageId = messageId;
            context.Headers.Set(FederationHeaders.OriginCity, "taipei");
        });
    }

    private Task<SolutionResponse> SeoulHoldsAsync(SolutionResponse listing, Func<SolutionResponse, bool> done) =>
        Eventually.Value(async () => await federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, SolutionResponse?>(
                async db => (await db.Solutions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == listing.Id))?.ToResponse()),
            held => held is not null && done(held), Samples.Propagation, "seoul's replica")!;

    /// <summary>MassTransit creates the error queue with its first fault: until then it holds nothing.</summary>
    private async Task<long> SeoulErrorsAsync()
    {
        try { return await federation.Brokers.Broker("seoul").QueueMessageCountAsync("catalog-solution-replication_error"); }
        catch (HttpRequestException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound) { return 0; }
    }

    private Task SeoulProcessedAsync(Guid messageId) => Eventually.Async(
        () => federation.Catalog("seoul").WithScopeAsync<CatalogDbContext, bool>(db => db.ProcessedMessages.AnyAsync(m => m.MessageId == messageId)),
        Samples.Propagation, $"seoul to consume message {messageId}");

    /// <summary>Seoul's replication queue is empty: everything published before has been consumed.</summary>
    private Task SeoulHasDrainedAsync() => Eventually.Async(async () =>
    {
        await Task.Delay(200);
        return await federation.Brokers.Broker("seoul").QueueMessageCountAsync("catalog-solution-replication") == 0;
    }, Samples.Propagation, "seoul's replication queue to drain");
}
