using System.Net;
using System.Net.Http.Json;
using Federation.Contracts.Catalog;
using Federation.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Federation.Catalog.Tests.Federation;

[Collection(nameof(CatalogFederation))]
public sealed class TargetedDeliveryTests(CatalogFederation federation)
{
    private static readonly string ResyncType = typeof(CatalogResyncRequested).FullName!;

    [Fact]
    public async Task A_resync_request_reaches_only_the_city_it_is_addressed_to()
    {
        var seoulListing = await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp(Samples.Marker()));
        var before = await ProcessedResyncsAsync();
        var seoulOutboxBefore = await PublishedCopiesAsync("seoul", seoulListing.Id);

        var response = await federation.Client("taipei").PostAsJsonAsync("/api/catalog/resync", new ResyncRequest(["seoul"]));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.Async(async () => (await ProcessedResyncsAsync())["seoul"] == before["seoul"] + 1,
            Samples.Propagation, "seoul to receive the resync request");
        // Seoul answered by broadcasting its listings again.
        await Eventually.Async(async () => await PublishedCopiesAsync("seoul", seoulListing.Id) > seoulOutboxBefore,
            Samples.Propagation, "seoul to re-send its listing");
        // Nothing reached the others: give a stray copy time to arrive before looking.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var after = await ProcessedResyncsAsync();
        Assert.Equal(before["new-taipei"], after["new-taipei"]);
        Assert.Equal(before["taipei"], after["taipei"]);
    }

    private async Task<Dictionary<string, int>> ProcessedResyncsAsync()
    {
        var counts = new Dictionary<string, int>();
        foreach (var city in CatalogFederation.Cities)
            counts[city] = await federation.Catalog(city).WithScopeAsync<CatalogDbContext, int>(
                db => db.ProcessedMessages.CountAsync(m => m.MessageType == ResyncType));
        return counts;
    }

    private Task<int> PublishedCopiesAsync(string city, Guid listing) =>
        federation.Catalog(city).WithScopeAsync<CatalogDbContext, int>(db => db.OutboxMessages.CountAsync(
            m => m.MessageType == typeof(SolutionPublished).FullName && m.Payload.Contains(listing.ToString())));
}
