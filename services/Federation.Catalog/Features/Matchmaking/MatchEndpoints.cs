using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;

namespace Federation.Catalog.Features.Matchmaking;

/// <summary>
/// Matchmaking over the federated catalogue, at any node: for a challenge, the solutions of every member city that fit
/// it, best first, with the reasons (<see cref="Fit"/>); for a solution, the open challenges of every city that it fits.
/// Candidates are the newest records of the same domain and those that hold one of the challenge's words (through the
/// search index), so the cost does not grow with the whole catalogue.
/// </summary>
public static class MatchEndpoints
{
    private const int DomainCandidates = 2_000, WordCandidates = 200, WordsSearched = 12;

    public static void MapMatchmakingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/challenges/{id}/matches", SolutionsFor).AllowAnonymous().WithTags("Matchmaking")
            .WithSummary("The solutions of every member city that fit this challenge, best first, with the reasons; ?limit= 1-100 (20)");
        app.MapGet("/api/solutions/{id}/matches", ChallengesFor).AllowAnonymous().WithTags("Matchmaking")
            .WithSummary("The open challenges of every member city that this solution fits, best first, with the reasons; ?limit= 1-100 (20)");
    }

    private static async Task<Results<Ok<IReadOnlyList<SolutionMatch>>, ValidationProblem, ProblemHttpResult>> SolutionsFor(
        Guid id, string? city, string? limit, CatalogDbContext db, ThisCity thisCity, CancellationToken ct)
    {
        if (!TryLimit(limit, out var count, out var problem)) return problem;
        if (await db.Challenges.AsNoTracking().FindLiveAsync(id, thisCity.Id, city, ct) is not { } challenge) return OwnedRecords.NotFound(id);
        return TypedResults.Ok(await SolutionsForAsync(db, challenge, count, ct));
    }

    /// <summary>The <paramref name="count"/> best solutions for <paramref name="challenge"/>; none when nothing fits.</summary>
    public static async Task<IReadOnlyList<SolutionMatch>> SolutionsForAsync(CatalogDbContext db, Challenge challenge, int count, CancellationToken ct)
    {
        var keys = await Live(db.Solutions).Where(s => s.Domain == challenge.Domain).OrderByDescending(s => s.PublishedAt)
            .Take(DomainCandidates).Select(s => new { s.City, s.Id }).ToListAsync(ct);
        foreach (var word in Fit.WordsOf(challenge).Take(WordsSearched))
            keys.AddRange(await SearchIndex.Rows<Solution>(db, [word]).Where(r => !r.Withdrawn).OrderByDescending(r => r.PublishedAt)
                .Take(WordCandidates).Select(r => new { r.City, r.Id }).ToListAsync(ct));
        var ids = keys.Select(k => k.Id).Distinct().ToList();
        var wanted = keys.Select(k => (k.City, k.Id)).ToHashSet();
        var solutions = (await Live(db.Solutions).Where(s => ids.Contains(s.Id)).ToListAsync(ct)).Where(s => wanted.Contains((s.City, s.Id))).ToList();
        var texts = solutions.ToDictionary(s => (s.City, s.Id), s => s.SearchText);
        var shown = await SolutionEndpoints.AttachBadgesAsync(db, [.. solutions.Select(s => s.ToResponse())], ct);
        return [.. shown
            .Select(s => (Solution: s, Fit: Fit.Of(challenge, s, texts[(s.City, s.Id)])))
            .Where(m => m.Fit.Score >= Fit.MinimumScore)
            .OrderByDescending(m => m.Fit.Score).ThenByDescending(m => m.Solution.PublishedAt).ThenBy(m => m.Solution.City).ThenBy(m => m.Solution.Id)
            .Take(count).Select(m => new SolutionMatch(m.Solution, m.Fit.Score, m.Fit.Reasons))];
    }

    private static async Task<Results<Ok<IReadOnlyList<ChallengeMatch>>, ValidationProblem, ProblemHttpResult>> ChallengesFor(
        Guid id, string? city, string? limit, CatalogDbContext db, ThisCity thisCity, TimeProvider time, CancellationToken ct)
    {
        if (!TryLimit(limit, out var count, out var problem)) return problem;
        if (await db.Solutions.AsNoTracking().FindLiveAsync(id, thisCity.Id, city, ct) is not { } solution) return OwnedRecords.NotFound(id);
        var shown = (await SolutionEndpoints.AttachBadgesAsync(db, [solution.ToResponse()], ct))[0];
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var open = await Live(db.Challenges).Where(c => c.Status == "open" && c.Deadline >= today)
            .OrderByDescending(c => c.PublishedAt).Take(DomainCandidates).ToListAsync(ct);
        IReadOnlyList<ChallengeMatch> matches = [.. open
            .Select(c => (Challenge: c, Fit: Fit.Of(c, shown, solution.SearchText)))
            .Where(m => m.Fit.Score >= Fit.MinimumScore)
            .OrderByDescending(m => m.Fit.Score).ThenBy(m => m.Challenge.Deadline).ThenBy(m => m.Challenge.City).ThenBy(m => m.Challenge.Id)
            .Take(count).Select(m => new ChallengeMatch(m.Challenge.ToResponse(time.GetUtcNow()), m.Fit.Score, m.Fit.Reasons))];
        return TypedResults.Ok(matches);
    }

    internal static IQueryable<T> Live<T>(DbSet<T> records) where T : CatalogRecord => records.AsNoTracking().Where(r => !r.Withdrawn);

    private static bool TryLimit(string? limit, out int count, out ValidationProblem problem)
    {
        var problems = new InputProblems();
        count = problems.WholeNumber("limit", limit, 20, 1, 100);
        problem = problems.ToResult();
        return !problems.Any;
    }
}
