using Federation.Awards.Features.Cities;
using Federation.Awards.Features.Cycles;

namespace Federation.Awards.Features.Judging;

/// <summary>
/// A judge's steps, on their own city's node: see what was assigned, declare conflicts, score. Each change
/// travels to the secretariat. A judge never holds an entry of their own city: the assignment refuses one.
/// </summary>
public static class JudgingEndpoints
{
    private const int NoteLength = 2000;

    public static void MapJudgingApi(this IEndpointRouteBuilder app)
    {
        var judging = app.MapCityAwardsGroup().MapGroup("/assignments").RequireAuthorization(Policies.Judge);
        judging.MapGet("/mine", Mine).WithSummary("The signed-in judge's assignments: entries, criteria, window, sheets and conflicts");
        judging.MapPost("/{id}/entries/{entryId}/conflict", DeclareConflict)
            .WithSummary("The judge declares a conflict of interest on an assigned entry (real, apparent or potential)");
        judging.MapPut("/{id}/entries/{entryId}/scores", Score)
            .WithSummary("The judge sets or changes scores (0-10) on the criteria named, within the judging window; every change audited");
        judging.MapPost("/{id}/entries/{entryId}/scores", Score).WithSummary("The same as PUT");
    }

    private static async Task<Ok<List<AssignmentResponse>>> Mine(ClaimsPrincipal user, AwardsDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        var by = Actors.Of(user, AwardSteps.Roles);
        var held = await db.Assignments.AsNoTracking()
            .Where(a => a.HeldAt == city.Id && a.JudgeCity == city.Id && a.JudgeUserId == by.UserId).ToListAsync(ct);
        var cycleIds = held.Select(a => a.CycleId).Distinct().ToList();
        var cycles = await db.Cycles.AsNoTracking().Where(c => cycleIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var now = time.GetUtcNow();
        return TypedResults.Ok(held.OrderByDescending(a => a.Year).ThenBy(a => a.Id)
            .Select(a => a.ToJudgeView(cycles.GetValueOrDefault(a.CycleId), now)).ToList());
    }

    private static Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> DeclareConflict(
        Guid id, Guid entryId, DeclareConflictRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city, CancellationToken ct)
    {
        var problems = new InputProblems();
        var kindWord = problems.OneOf("kind", request.Kind, AwardVocabulary.ConflictKinds);
        var note = problems.Text("note", request.Note, NoteLength);
        if (problems.Any) return Early(problems.ToResult());
        var kind = Enum.Parse<ConflictKind>(kindWord, ignoreCase: true);
        return StepAsync(id, user, db, steps, city, (a, by, now) => a.DeclareConflict(by, entryId, kind, note, now), a => db.SendDeclared(a, entryId), ct);
    }

    private static Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Score(
        Guid id, Guid entryId, ScoreRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city, CancellationToken ct)
    {
        var problems = new InputProblems();
        var scores = problems.Items("scores", request.Scores, CycleLimits.Criteria, (item, at) =>
        {
            var criterion = problems.Text($"{at}.criterion", item.Criterion, CycleLimits.CriterionKeyLength);
            if (item.Value is null) problems.Add($"{at}.value", FieldCodes.Required, $"{at}.value is required.");
            return new Score(criterion, item.Value ?? 0, problems.OptionalText($"{at}.comment", item.Comment, NoteLength));
        });
        if (problems.Any) return Early(problems.ToResult());
        return StepAsync(id, user, db, steps, city, (a, by, now) => a.Score(by, entryId, scores, now), a => db.SendSheet(a, entryId), ct);
    }

    private static Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> StepAsync(
        Guid id, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city,
        Func<Assignment, Actor, DateTimeOffset, StepResult> step, Action<Assignment> tell, CancellationToken ct) =>
        steps.RunAsync(user,
            // Only the judge's city's copy is scored on: another city's assignment is not this node's to show.
            async c => Found.Of(await db.Assignments.FirstOrDefaultAsync(x => x.Id == id && x.HeldAt == city.Id && x.JudgeCity == city.Id, c), "assignment", id),
            step, (a, _) => tell(a),
            async (a, now) => TypedResults.Ok(a.ToJudgeView(await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == a.CycleId, ct), now)), ct);

    private static Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Early(ValidationProblem problem) =>
        Task.FromResult<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>>(problem);
}
