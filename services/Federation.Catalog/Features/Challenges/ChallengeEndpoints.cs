using System.Security.Claims;

namespace Federation.Catalog.Features.Challenges;

public static class ChallengeEndpoints
{
    public static void MapChallengesApi(this IEndpointRouteBuilder app)
    {
        // Writes are for an agency of this city; the reads below opt out, so a new endpoint starts protected.
        var api = app.MapGroup("/api/challenges").WithTags("Challenges").RequireAuthorization(Policies.Agency)
            .MapRecordEndpoints(db => db.Challenges, (c, now) => c.ToResponse(now));
        api.MapPost("/", Create).WithSummary("Publish a need (challenge) owned by this city");
        api.MapPut("/{id}", Update).WithSummary("Change this city's challenge; send the version you read");
    }

    private static async Task<Results<Created<ChallengeResponse>, ValidationProblem>> Create(
        ChallengeRequest request, CatalogDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        if (!ChallengeInput.TryRead(request, out var input, out var problem)) return problem;
        var now = time.GetUtcNow();
        var challenge = Challenge.Create(city.Id, input, now);
        db.Challenges.Add(challenge);
        db.Publish(challenge.StateEvent());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/challenges/{challenge.Id}", challenge.ToResponse(now));
    }

    private static async Task<Results<Ok<ChallengeResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateChallengeRequest request, ClaimsPrincipal user, CatalogDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        if (!ChallengeInput.TryRead(request, out var input, out var version, out var problem)) return problem;
        var (challenge, missing) = await db.Challenges.FindOwnAsync(id, city.Id, Actors.Of(user, OwnedRecords.Roles), ct);
        if (challenge is null) return missing!;
        if (challenge.Version != version) return OwnedRecords.StaleVersion(version, challenge.Version);
        var now = time.GetUtcNow();
        challenge.Update(input, now);
        db.Publish(challenge.StateEvent());
        return await db.SaveOrConflictAsync(version, ct) is { } conflict ? conflict : TypedResults.Ok(challenge.ToResponse(now));
    }
}
