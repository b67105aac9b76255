namespace Federation.Awards.Features.Results;

/// <summary>Published results, at every city, for anyone.</summary>
public static class ResultsEndpoints
{
    public static void MapResultsApi(this IEndpointRouteBuilder app)
    {
        var results = app.MapGroup("/api/awards").WithTags("Award results").AllowAnonymous();
        results.MapGet("/results", List).WithSummary("Every published cycle's winners and finalists, newest first");
        results.MapGet("/cycles/{id}/results", Get).WithSummary("One published cycle's winners and finalists");
        results.MapGet("/cycles/{id}/results/page", Page).WithSummary("One published cycle's results as a printable page");
    }

    private static async Task<Results<RazorComponentResult<ResultsPage>, ProblemHttpResult>> Page(Guid id, AwardsDbContext db, CancellationToken ct) =>
        await Get(id, db, ct) is { Result: Ok<ResultsResponse> { Value: { } results } }
            ? ResultsPage.Of(results)
            : NotPublished(id);

    private static async Task<Ok<List<ResultsResponse>>> List(AwardsDbContext db, CancellationToken ct)
    {
        var published = await db.Cycles.AsNoTracking().Where(c => c.PublishedAt != null).ToListAsync(ct);
        return TypedResults.Ok(published.Select(c => c.Results()!).OrderByDescending(r => r.PublishedAt).Select(r => r.ToResponse()).ToList());
    }

    private static async Task<Results<Ok<ResultsResponse>, ProblemHttpResult>> Get(Guid id, AwardsDbContext db, CancellationToken ct) =>
        await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } cycle
            ? cycle.Results() is { } results ? TypedResults.Ok(results.ToResponse())
                : NotPublished(id)
            : StepProblems.NotFound("cycle", id);

    private static ProblemHttpResult NotPublished(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not published", detail: $"Cycle {id}'s results are not published here (yet).");
}
