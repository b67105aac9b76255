using Federation.Awards.Features.Secretariat;

namespace Federation.Awards.Features.Cycles;

/// <summary>The award cycles: opened and rescheduled by the secretariat, readable by anyone at every city.</summary>
public static class CycleEndpoints
{
    public static void MapCyclesApi(this IEndpointRouteBuilder app)
    {
        var cycles = app.MapGroup("/api/awards/cycles").WithTags("Award cycles");
        cycles.MapPost("/", Open).RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat opens an award cycle; the call is broadcast to every city");
        cycles.MapGet("/", List).AllowAnonymous().WithSummary("The cycles this city holds, newest first");
        cycles.MapGet("/{id}", Get).AllowAnonymous().WithSummary("One cycle as this city holds it");
        cycles.MapPost("/{id}/schedule", Reschedule).RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat moves the cycle's windows; every city hears of it");
    }

    private static async Task<Results<Created<CycleResponse>, ValidationProblem, ProblemHttpResult>> Open(
        OpenCycleRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, TimeProvider time, CancellationToken ct)
    {
        if (!CycleInputs.TryRead(request, time.GetUtcNow(), out var input, out var problems)) return problems.ToResult();
        AwardCycle? cycle = null;
        return await steps.RunAsync(user, _ => Task.FromResult<Found<CycleInput>>(input),
            (terms, by, now) => AwardCycle.Open(by, terms, now, out cycle),
            (_, _) =>
            {
                db.Cycles.Add(cycle!);
                db.Publish(cycle!.Opened());
            },
            (_, now) => TypedResults.Created($"/api/awards/cycles/{cycle!.Id}", cycle.ToResponse(now)), ct);
    }

    private static async Task<Ok<List<CycleResponse>>> List(AwardsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var cycles = await db.Cycles.AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(cycles.OrderByDescending(c => c.Year).ThenByDescending(c => c.OpenedAt).Select(c => c.ToResponse(now)).ToList());
    }

    private static async Task<Results<Ok<CycleResponse>, ProblemHttpResult>> Get(Guid id, AwardsDbContext db, TimeProvider time, CancellationToken ct) =>
        await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } cycle
            ? TypedResults.Ok(cycle.ToResponse(time.GetUtcNow()))
            : StepProblems.NotFound("cycle", id);

    private static Task<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>> Reschedule(
        Guid id, RescheduleRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city, CancellationToken ct)
    {
        if (request.NominationCloses is null && request.JudgingOpens is null && request.JudgingCloses is null)
        {
            var problems = new InputProblems();
            problems.Add("nominationCloses", FieldCodes.Required, "Name at least one of nominationCloses, judgingOpens, judgingCloses.");
            return Task.FromResult<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>>(problems.ToResult());
        }
        // The secretariat's own assignments follow here; every other city's follow the broadcast.
        return steps.OnCycleAsync(db, id, user, (c, ct) => db.Assignments.Where(a => a.CycleId == c.Id).ToListAsync(ct),
            (c, _, by, now) => c.Reschedule(by, request.NominationCloses, request.JudgingOpens, request.JudgingCloses, now),
            (c, assignments, now) =>
            {
                foreach (var a in assignments)
                    if (a.ApplyJudgingWindow(c.Judging, now).Kind == StepKind.Ok) db.SendAssignment(a, city.Id);
                db.Publish(c.Rescheduled());
            }, ct);
    }
}
