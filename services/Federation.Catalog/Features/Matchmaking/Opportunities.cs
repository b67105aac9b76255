using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;

namespace Federation.Catalog.Features.Matchmaking;

/// <summary>
/// The half of GO SMART's opportunity report that the catalogue knows: the network's open challenges that no solution
/// of any member city fits (<see cref="Fit"/>). The other half, the interests waiting for an answer, is the trials
/// service's.
/// </summary>
public static class Opportunities
{
    private const int MaxChallenges = 1_000;

    public static void MapOpportunitiesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/opportunities/unmatched", Unmatched).AllowAnonymous().WithTags("Matchmaking")
            .WithSummary("The open challenges of every member city (deadline not passed) that no solution of the network fits, soonest deadline first");

    private static async Task<Ok<IReadOnlyList<ChallengeResponse>>> Unmatched(CatalogDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var open = await MatchEndpoints.Live(db.Challenges).Where(c => c.Status == "open" && c.Deadline >= today)
            .OrderBy(c => c.Deadline).ThenBy(c => c.City).ThenBy(c => c.Id).Take(MaxChallenges).ToListAsync(ct);
        // A live solution of the same domain always fits (the domain alone scores above the minimum): only a challenge
        // in a domain without solutions needs its words looked up.
        var domains = open.Select(c => c.Domain).Distinct().ToList();
        var served = (await MatchEndpoints.Live(db.Solutions).Where(s => domains.Contains(s.Domain)).Select(s => s.Domain).Distinct().ToListAsync(ct))
            .ToHashSet();
        var unmatched = new List<ChallengeResponse>();
        foreach (var challenge in open.Where(c => !served.Contains(c.Domain)))
            if ((await MatchEndpoints.SolutionsForAsync(db, challenge, 1, ct)).Count == 0) unmatched.Add(challenge.ToResponse(now));
        return TypedResults.Ok<IReadOnlyList<ChallengeResponse>>(unmatched);
    }
}
