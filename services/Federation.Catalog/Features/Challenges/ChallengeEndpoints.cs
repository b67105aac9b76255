using Federation.Catalog.Common;
using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Outbox;
using Federation.Topology;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Catalog.Features.Challenges;

public static class ChallengeEndpoints
{
    public static void MapChallengesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/challenges").WithTags("Challenges");
        api.MapGet("/", Search).WithSummary("Search the challenges of every member city");
        api.MapGet("/{id:guid}", Get);
        api.MapPost("/", Create).WithSummary("Publish a challenge owned by this city");
        api.MapPut("/{id:guid}", Update).WithSummary("Change this city's challenge; send the version you read");
        api.MapDelete("/{id:guid}", Withdraw).WithSummary("Withdraw this city's challenge from every city");
    }

    private static async Task<Results<Ok<ResultPage<ChallengeResponse>>, ValidationProblem>> Search(
        string? q, string? domain, string? city, string? page, string? pageSize,
        CatalogDbContext db, MemberList members, CancellationToken ct)
    {
        if (!CatalogSearch.TryRead(q, domain, city, page, pageSize, members, out var search, out var problem)) return problem;
        var (items, total) = await search.RunAsync(db.Challenges.AsNoTracking(), ct);
        return TypedResults.Ok(new ResultPage<ChallengeResponse>([.. items.Select(s => s.ToResponse())], search.Page, search.PageSize, total));
    }

    private static async Task<Results<Ok<ChallengeResponse>, ProblemHttpResult>> Get(
        Guid id, string? city, CatalogDbContext db, ThisCity thisCity, CancellationToken ct) =>
        await db.Challenges.AsNoTracking().FindLiveAsync(id, thisCity.Id, city, ct) is { } challenge
            ? TypedResults.Ok(challenge.ToResponse())
            : OwnedRecords.NotFound(id);

    private static async Task<Results<Created<ChallengeResponse>, ValidationProblem>> Create(
        ChallengeRequest request, CatalogDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        if (!ChallengeInput.TryRead(request, out var input, out var problem)) return problem;
        var challenge = Challenge.Create(city.Id, input, time.GetUtcNow());
        db.Challenges.Add(challenge);
        db.Publish(new ChallengePublished(challenge.ToResponse()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/challenges/{challenge.Id}", challenge.ToResponse());
    }

    private static async Task<Results<Ok<ChallengeResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateChallengeRequest request, CatalogDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        if (!ChallengeInput.TryRead(request, out var input, out var version, out var problem)) return problem;
        var (challenge, missing) = await db.Challenges.FindOwnAsync(id, city.Id, ct);
        if (challenge is null) return missing!;
        if (challenge.Version != version) return OwnedRecords.StaleVersion(version, challenge.Version);
        challenge.Update(input, time.GetUtcNow());
        db.Publish(new ChallengePublished(challenge.ToResponse()));
        if (await db.SaveOrConflictAsync(version, ct) is { } conflict) return conflict;
        return TypedResults.Ok(challenge.ToResponse());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(
        Guid id, CatalogDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        var (challenge, missing) = await db.Challenges.FindOwnAsync(id, city.Id, ct);
        if (challenge is null) return missing!;
        var version = challenge.Version;
        challenge.Withdraw(time.GetUtcNow());
        db.Publish(new ChallengeWithdrawn(challenge.Id, challenge.City, challenge.Version, challenge.UpdatedAt));
        if (await db.SaveOrConflictAsync(version, ct) is { } conflict) return conflict;
        return TypedResults.NoContent();
    }
}
