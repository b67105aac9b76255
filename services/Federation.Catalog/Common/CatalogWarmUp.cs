using Federation.Catalog.Features.Awards;
using Federation.Catalog.Features.Solutions;
using Federation.Catalog.Features.Verifications;
using Federation.Contracts;
using System.Text.Json;
using Federation.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Federation.Catalog.Common;

/// <summary>
/// The catalogue's paths, warmed at start: a listing written as the POST writes it and a replica as the consumer applies
/// it, both in one transaction that is rolled back; a search (every match counted and estimated) and a read by id with
/// their badges; a listing's request read as the endpoints read it; and a listing of this city's own sent to its own
/// queue, which the consumer receives, verifies and acknowledges as its own without applying it. Measured before it,
/// the first listing after a start took 0.4-0.6 s to reach another city, against 14-20 ms for the next ones.
/// </summary>
internal sealed class CatalogWarmUp(CatalogDbContext db, ThisCity city, LiveCounts counts, TimeProvider time, IBus bus,
    IEndpointNameFormatter endpoints, MessageSigner signer, IOptions<JsonOptions> json) : IWarmUp
{
    /// <summary>
    /// What the catalogue sends itself over HTTP at start (see <see cref="SelfRequests"/>): reads only, since every write
    /// counts against its client address's rate limit; a write's own request is read in <see cref="RunAsync"/>.
    /// </summary>
    public static readonly WarmUpRequest[] Requests =
    [
        new("/api/solutions?q=warm+up&total=estimate"), new("/api/solutions?q=warm+up"),
        new($"/api/solutions/{Guid.Empty}"), new("/api/challenges?q=warm+up&total=estimate"),
    ];

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var search = new CatalogSearch(CatalogText.Terms("warm up"), null, null, 1, CatalogSearch.DefaultPageSize);
        await search.RunAsync(db, db.Solutions, counts, ct);
        await (search with { EstimateTotal = true }).RunAsync(db, db.Solutions, counts, ct);
        await search.RunAsync(db, db.Challenges, counts, ct);
        await (search with { EstimateTotal = true }).RunAsync(db, db.Challenges, counts, ct);
        await db.Solutions.AsNoTracking().FindLiveAsync(Guid.Empty, city.Id, null, ct);

        var request = new SolutionRequest(new Dictionary<string, string> { ["en"] = "Warm-up" }, new Dictionary<string, string> { ["en"] = "Warm-up" },
            "environment", new Provider("Warm-up", null, city.Id), "pilot", 6, [], null);
        if (!SolutionInput.TryRead(request, out var input, out _)) return;
        var listing = Solution.Create(city.Id, input, time.GetUtcNow());
        await AwardBadges.AttachAsync(db, await VerificationBadges.AttachAsync(db, [listing.ToResponse()], ct), ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Solutions.Add(listing);
        db.Publish(listing.StateEvent());
        var replica = new Solution();
        replica.ApplyReplica(listing.ToResponse() with { Id = Guid.NewGuid(), City = "warm-up" });
        await db.Solutions.FindAsync(["warm-up", replica.Id], ct);
        db.Solutions.Add(replica);
        db.ProcessedMessages.Add(new ProcessedMessage { MessageId = Guid.NewGuid(), MessageType = "warm-up", ProcessedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        await transaction.RollbackAsync(ct);
        db.ChangeTracker.Clear();

        JsonSerializer.Deserialize<SolutionRequest>(JsonSerializer.Serialize(request, json.Value.SerializerOptions), json.Value.SerializerOptions);
        JsonSerializer.Deserialize<ChallengeRequest>("{}", json.Value.SerializerOptions);
        var own = listing.StateEvent();
        var queue = await bus.GetSendEndpoint(new Uri($"queue:{endpoints.Consumer<SolutionConsumer>()}"));
        var stamp = signer.Sign(own, NewId.NextGuid(), null);
        await queue.Send(own, own.GetType(), Pipe.Execute<SendContext>(stamp.ApplyTo), ct);
    }
}
