using System.Net.Http.Headers;

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
        var routedBefore = await RoutedToResyncQueuesAsync();
        var seoulOutboxBefore = await PublishedCopiesAsync("seoul", seoulListing.Id);
        var requestsBefore = await ResyncRequestsAsync();

        var response = await federation.Client("taipei").PostAsJsonAsync("/api/catalog/resync", new ResyncRequest(["seoul"]));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var request = Assert.Single((await ResyncRequestsAsync()).Except(requestsBefore));
        await Eventually.Async(async () => (await ProcessedResyncsAsync())["seoul"] == before["seoul"] + 1,
            Samples.Propagation, "seoul to receive the resync request");
        // Seoul answered by broadcasting its listings again.
        await Eventually.Async(async () => await PublishedCopiesAsync("seoul", seoulListing.Id) > seoulOutboxBefore,
            Samples.Propagation, "seoul to re-send its listing");
        // The broker's own count sees the copy seoul got, so the same count staying put elsewhere means something.
        await Eventually.Async(async () => (await RoutedToResyncQueuesAsync())["seoul"] == routedBefore["seoul"] + 1,
            Samples.Propagation, "seoul's broker to count the request in its resync queue");
        // Nothing reached the others: give a stray copy time to arrive (and the counts, refreshed each second) before looking.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var after = await ProcessedResyncsAsync();
        var routedAfter = await RoutedToResyncQueuesAsync();
        foreach (var city in new[] { "taipei", "new-taipei" })
        {
            Assert.Equal(before[city], after[city]);
            // A copy that failed its checks there would not count as processed, but would have passed through this queue...
            Assert.Equal(routedBefore[city], routedAfter[city]);
            // ...and would wait in an error (or skipped) queue.
            Assert.Empty(await HeldInDeadEndsAsync(city, request));
        }
    }

    private const string ResyncQueue = "catalog-resync-request";

    /// <summary>The request ids in taipei's outbox: the id taipei's relay sends the request under.</summary>
    private Task<List<Guid>> ResyncRequestsAsync() =>
        federation.Catalog("taipei").WithScopeAsync<CatalogDbContext, List<Guid>>(
            db => db.OutboxMessages.Where(m => m.MessageType == ResyncType).Select(m => m.MessageId).ToListAsync());

    /// <summary>Per city, how many messages its broker ever routed into the catalog's resync queue.</summary>
    private async Task<Dictionary<string, long>> RoutedToResyncQueuesAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (var city in CatalogFederation.Cities)
        {
            using var management = Management(city);
            var queue = await management.GetFromJsonAsync<JsonElement>($"api/queues/%2F/{ResyncQueue}");
            counts[city] = queue.TryGetProperty("message_stats", out var stats) && stats.TryGetProperty("publish", out var published)
                ? published.GetInt64()
                : 0;
        }
        return counts;
    }

    /// <summary>The queues on the city's broker that hold <paramref name="messageId"/> among their error or skipped messages.</summary>
    private async Task<List<string>> HeldInDeadEndsAsync(string city, Guid messageId)
    {
        using var management = Management(city);
        var queues = (await management.GetFromJsonAsync<JsonElement[]>("api/queues/%2F?columns=name"))!
            .Select(q => q.GetProperty("name").GetString()!)
            .Where(name => name.EndsWith("_error", StringComparison.Ordinal) || name.EndsWith("_skipped", StringComparison.Ordinal));
        var holding = new List<string>();
        foreach (var queue in queues)
            if ((await federation.Brokers.Broker(city).Management.PeekMessagesAsync(queue, 500)).Any(m => m.MessageId == messageId.ToString()))
                holding.Add(queue);
        return holding;
    }

    private HttpClient Management(string city)
    {
        var broker = federation.Brokers.Broker(city).Management;
        var client = new HttpClient { BaseAddress = broker.Uri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{broker.AdminUser}:{broker.AdminPassword}")));
        return client;
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
