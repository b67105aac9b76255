namespace Federation.Awards.Features.Cycles;

/// <summary>A secretariat step on a cycle, through the shared pipeline, answered with the cycle as it now stands.</summary>
public static class CycleSteps
{
    /// <param name="read">What else the step reads, afresh with the cycle on each attempt (its entries, its ranking).</param>
    /// <param name="step">The domain step; it checks who may take it and in which window.</param>
    /// <param name="tell">Queues what the cities must hear, after a step that changed the cycle.</param>
    public static Task<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>> OnCycleAsync<T>(this AggregateSteps steps,
        AwardsDbContext db, Guid id, ClaimsPrincipal user, Func<AwardCycle, CancellationToken, Task<T>> read,
        Func<AwardCycle, T, Actor, DateTimeOffset, StepResult> step, Action<AwardCycle, T, DateTimeOffset>? tell, CancellationToken ct) =>
        steps.RunAsync(user,
            async c => await db.Cycles.FindAsync([id], c) is { } cycle
                ? new Found<(AwardCycle Cycle, T Read)>((cycle, await read(cycle, c)))
                : StepProblems.NotFound("cycle", id),
            (x, by, now) => step(x.Cycle, x.Read, by, now),
            tell is null ? null : (x, now) => tell(x.Cycle, x.Read, now),
            (x, now) => TypedResults.Ok(x.Cycle.ToResponse(now)), ct);

    /// <summary>The same, for a step that reads nothing but the cycle.</summary>
    public static Task<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>> OnCycleAsync(this AggregateSteps steps,
        AwardsDbContext db, Guid id, ClaimsPrincipal user, Func<AwardCycle, Actor, DateTimeOffset, StepResult> step,
        Action<AwardCycle, DateTimeOffset>? tell, CancellationToken ct) =>
        steps.OnCycleAsync(db, id, user, (_, _) => Task.FromResult(true), (c, _, by, now) => step(c, by, now),
            tell is null ? null : (c, _, now) => tell(c, now), ct);
}
