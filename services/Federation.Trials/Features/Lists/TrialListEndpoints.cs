using Federation.Contracts;
using Federation.Contracts.Trials;

namespace Federation.Trials.Features.Lists;

/// <summary>
/// What each party sees: a startup its own organisation's applications; an agency every trial this
/// node holds (its startups' applications, and the trials its city hosts).
/// </summary>
public static class TrialListEndpoints
{
    private static readonly string[] Sides = ["home", "host"];

    public static void MapTrialListsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapTrialsGroup();
        api.MapGet("/", List).WithSummary(
            "The caller's trials, most recently changed first: ?status= (e.g. submitted: to endorse; screening: incoming), " +
            "?side=home|host, ?overdue=true, paging");
        api.MapGet("/{id}", Get).WithSummary("One trial, as this city's copy holds it");
    }

    private static async Task<Results<Ok<ResultPage<TrialSummary>>, ValidationProblem>> List(
        string? status, string? side, string? overdue, string? page, string? pageSize,
        ClaimsPrincipal user, TrialsDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        var problems = new InputProblems();
        TrialStatus? statusValue = null;
        if (!string.IsNullOrWhiteSpace(status) && Enum.TryParse<TrialStatus>(problems.OneOf("status", status, TrialVocabulary.Statuses), true, out var st))
            statusValue = st;
        var sideValue = string.IsNullOrWhiteSpace(side) ? null : problems.OneOf("side", side, Sides);
        var overdueOnly = false;
        if (!string.IsNullOrWhiteSpace(overdue) && !bool.TryParse(overdue, out overdueOnly)) problems.Add("overdue", FieldCodes.WrongType, "overdue is true or false.", ("expected", "true-or-false"));
        var paging = Paging.Read(problems, page, pageSize);
        if (problems.Any) return problems.ToResult();

        var now = time.GetUtcNow();
        var query = Visible(db.Trials.AsNoTracking(), Actors.Of(user, TrialSteps.Roles));
        if (statusValue is { } wanted) query = query.Where(t => t.Status == wanted);
        if (sideValue == "home") query = query.Where(t => t.HomeCity == city.Id);
        if (sideValue == "host") query = query.Where(t => t.HostCity == city.Id);
        if (overdueOnly) query = query.Where(t => t.Status == TrialStatus.Screening && t.ScreeningDeadline < now);
        var total = await query.CountAsync(ct);
        var trials = await paging.Of(query.OrderByDescending(t => t.UpdatedAt).ThenBy(t => t.Id)).ToListAsync(ct);
        return TypedResults.Ok(new ResultPage<TrialSummary>([.. trials.Select(t => t.ToSummary(now))], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<TrialResponse>, ProblemHttpResult>> Get(
        Guid id, ClaimsPrincipal user, TrialsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var trial = await Visible(db.Trials.AsNoTracking(), Actors.Of(user, TrialSteps.Roles)).FirstOrDefaultAsync(t => t.Id == id, ct);
        // Another organisation's application is answered as if it did not exist.
        return trial is null ? StepProblems.NotFound("trial", id) : TypedResults.Ok(await TrialSteps.ResponseAsync(db, trial, time.GetUtcNow(), ct));
    }

    private static IQueryable<Trial> Visible(IQueryable<Trial> trials, Actor by) =>
        by.Role == Actor.Agency ? trials
        : trials.Where(t => t.Copy == TrialSide.Home && t.HomeCity == by.City && t.Applicant.OrganisationId == by.OrganisationId);
}
