namespace Federation.Awards.Features.Secretariat;

/// <summary>The secretariat's panel: the entries and judges it holds, judges put on the cycle, conflicts ruled on.</summary>
public static class PanelEndpoints
{
    public static void MapPanelApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/awards/secretariat/judges", Judges).RequireAuthorization(Policies.Secretariat)
            .WithTags("Secretariat").WithSummary("The judges the cities enrolled with this secretariat");
        var cycle = app.MapSecretariatCycleGroup();
        cycle.MapGet("/entries", Entries).WithSummary("The cycle's entries as the secretariat holds them");
        cycle.MapPost("/assignments", Assign).WithSummary("Puts an enrolled judge on the panel, or adds entries to their assignment");
        cycle.MapPost("/assignments/{judgeId}/unassign", Unassign).WithSummary("Takes unscored entries from a judge");
        cycle.MapPost("/assignments/{judgeId}/conflicts/{entryId}/exclude", Exclude)
            .WithSummary("Excludes (or counts again) a judge's scores of an entry with a disclosed conflict");
        cycle.MapGet("/progress", Progress).WithSummary("Scoring progress per judge and entry");
    }

    private static async Task<Ok<List<JudgeResponse>>> Judges(AwardsDbContext db, ThisCity city, CancellationToken ct) =>
        TypedResults.Ok((await db.Judges.AsNoTracking().Where(j => j.HeldAt == city.Id && j.SecretariatCity == city.Id).ToListAsync(ct))
            .OrderBy(j => j.City).ThenBy(j => j.DisplayName).Select(j => j.ToResponse()).ToList());

    private static async Task<Results<Ok<List<EntryResponse>>, ProblemHttpResult>> Entries(Guid id, AwardsDbContext db, ThisCity city, CancellationToken ct)
    {
        if (await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is null) return StepProblems.NotFound("cycle", id);
        var entries = await db.Entries.AsNoTracking().Where(e => e.CycleId == id && e.HeldAt == city.Id && e.NominatedAt != null).ToListAsync(ct);
        return TypedResults.Ok(entries.OrderBy(e => e.NominatedAt).Select(e => e.ToResponse()).ToList());
    }

    private static async Task<Results<Ok<ProgressResponse>, ProblemHttpResult>> Progress(Guid id, AwardsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cycle) return StepProblems.NotFound("cycle", id);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.CycleId == id && a.HeldAt == cycle.HeldAt).ToListAsync(ct);
        return TypedResults.Ok(SecretariatViews.Progress(cycle, assignments, time.GetUtcNow()));
    }

    private static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Assign(
        Guid id, AssignJudgeRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city, CancellationToken ct)
    {
        if (request.JudgeId is not { } judgeId) return InputProblems.One("judgeId", FieldCodes.Required, "judgeId is required.");
        var entryIds = request.EntryIds ?? [];
        Assignment? created = null;
        return await steps.RunAsync(user, async c =>
            {
                if (await db.Cycles.FindAsync([id], c) is not { } cycle) return StepProblems.NotFound("cycle", id);
                var entries = await db.Entries.Where(e => entryIds.Contains(e.Id)).ToListAsync(c);
                if (entryIds.FirstOrDefault(e => entries.All(x => x.Id != e)) is var unknown && unknown != Guid.Empty)
                    return InputProblems.One("entryIds", FieldCodes.NotFound, $"Entry {unknown} is not held here.");
                var ordered = entryIds.Distinct().Select(e => entries.First(x => x.Id == e)).ToList();
                var held = await db.Assignments.FirstOrDefaultAsync(a => a.CycleId == id && a.JudgeId == judgeId && a.HeldAt == city.Id, c);
                var judge = held is null ? await db.Judges.FindAsync([judgeId], c) : null;
                if (held is null && judge is null) return InputProblems.One("judgeId", FieldCodes.NotFound, $"Judge {judgeId} is not enrolled here.");
                return new Found<Seat>(new Seat(cycle, ordered, held, judge));
            },
            (seat, by, now) => seat.Held is { } held
                ? held.AssignEntries(by, seat.Cycle, seat.Entries, now)
                : Assignment.Create(by, seat.Cycle, seat.Judge!, seat.Entries, now, out created),
            (seat, _) =>
            {
                if (seat.Held is null) db.Assignments.Add(created!);
                db.SendAssignment(seat.Held ?? created!, city.Id);
            },
            (seat, now) => TypedResults.Ok((seat.Held ?? created!).ToResponse(seat.Cycle, now)), ct);
    }

    // What putting a judge on the panel reads: the judge's assignment in the cycle, or the enrolled judge to make one for.
    private sealed record Seat(AwardCycle Cycle, List<Entry> Entries, Assignment? Held, Judge? Judge);

    private static Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Unassign(
        Guid id, Guid judgeId, UnassignEntriesRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city, CancellationToken ct)
    {
        if (request.EntryIds is not { Count: > 0 } entryIds)
            return Task.FromResult<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>>(InputProblems.One("entryIds", FieldCodes.Required, "Name the entries to take from the judge."));
        return OnAssignmentAsync(id, a => a.CycleId == id && a.JudgeId == judgeId && a.HeldAt == city.Id, user, db, steps, ct,
            (a, cycle, by, now) => a.UnassignEntries(by, cycle, entryIds, now), a => db.SendAssignment(a, city.Id));
    }

    private static Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Exclude(
        Guid id, Guid judgeId, Guid entryId, ExcludeConflictRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps,
        ThisCity city, CancellationToken ct)
    {
        if (request.Exclude is not { } exclude)
            return Task.FromResult<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>>(InputProblems.One("exclude", FieldCodes.Required, "exclude is required: true or false."));
        return OnAssignmentAsync(id, a => a.CycleId == id && a.JudgeId == judgeId && a.HeldAt == city.Id, user, db, steps, ct,
            (a, cycle, by, now) => a.ExcludeConflict(by, cycle, entryId, exclude, request.Reason, now), a => db.SendRuling(a, entryId, city.Id));
    }

    private static Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> OnAssignmentAsync(
        Guid id, System.Linq.Expressions.Expression<Func<Assignment, bool>> which, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps,
        CancellationToken ct, Func<Assignment, AwardCycle, Actor, DateTimeOffset, StepResult> step, Action<Assignment> tell) =>
        steps.RunAsync(user, async c =>
            {
                if (await db.Cycles.FindAsync([id], c) is not { } cycle) return StepProblems.NotFound("cycle", id);
                if (await db.Assignments.FirstOrDefaultAsync(which, c) is not { } assignment) return StepProblems.NotFound("assignment in cycle", id);
                return new Found<(Assignment Assignment, AwardCycle Cycle)>((assignment, cycle));
            },
            (x, by, now) => step(x.Assignment, x.Cycle, by, now), (x, _) => tell(x.Assignment),
            (x, now) => TypedResults.Ok(x.Assignment.ToResponse(x.Cycle, now)), ct);
}
