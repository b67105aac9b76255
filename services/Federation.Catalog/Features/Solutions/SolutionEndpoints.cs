using Federation.Catalog.Features.Awards;
using Federation.Catalog.Features.Verifications;

namespace Federation.Catalog.Features.Solutions;

public static class SolutionEndpoints
{
    public static void MapSolutionsApi(this IEndpointRouteBuilder app)
    {
        // Writes are for an agency of this city; the reads below opt out, so a new endpoint starts protected.
        var api = app.MapGroup("/api/solutions").WithTags("Solutions").RequireAuthorization(Policies.Agency)
            .MapRecordEndpoints(db => db.Solutions, (s, _) => s.ToResponse(), AttachBadgesAsync);
        api.MapPost("/", Create).WithSummary("List a solution owned by this city");
        api.MapPut("/{id}", Update).WithSummary("Change this city's listing; send the version you read");
    }

    /// <summary>What other services broadcast about a page of listings: verified trials and award results.</summary>
    private static async Task<IReadOnlyList<SolutionResponse>> AttachBadgesAsync(CatalogDbContext db,
        IReadOnlyList<SolutionResponse> page, CancellationToken ct) =>
        await AwardBadges.AttachAsync(db, await VerificationBadges.AttachAsync(db, page, ct), ct);

    private static async Task<Results<Created<SolutionResponse>, ValidationProblem>> Create(
        SolutionRequest request, CatalogDbContext db, ThisCity city, MemberList members, TimeProvider time, CancellationToken ct)
    {
        if (!SolutionInput.TryRead(request, out var input, out var problem)) return problem;
        if (!members.Contains(input.Provider.HomeCity!)) return InputProblems.NotMember("provider.homeCity", input.Provider.HomeCity!);
        var solution = Solution.Create(city.Id, input, time.GetUtcNow());
        db.Solutions.Add(solution);
        db.Publish(solution.StateEvent());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/solutions/{solution.Id}", solution.ToResponse());
    }

    private static async Task<Results<Ok<SolutionResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateSolutionRequest request, CatalogDbContext db, ThisCity city, MemberList members, TimeProvider time, CancellationToken ct)
    {
        if (!SolutionInput.TryRead(request, out var input, out var version, out var problem)) return problem;
        if (!members.Contains(input.Provider.HomeCity!)) return InputProblems.NotMember("provider.homeCity", input.Provider.HomeCity!);
        var (solution, missing) = await db.Solutions.FindOwnAsync(id, city.Id, ct);
        if (solution is null) return missing!;
        if (solution.Version != version) return OwnedRecords.StaleVersion(version, solution.Version);
        solution.Update(input, time.GetUtcNow());
        db.Publish(solution.StateEvent());
        return await db.SaveOrConflictAsync(version, ct) is { } conflict ? conflict : TypedResults.Ok(solution.ToResponse());
    }
}
