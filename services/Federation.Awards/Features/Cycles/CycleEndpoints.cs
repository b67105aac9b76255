using System.Security.Claims;
using Federation.Awards.Common;
using Federation.Awards.Domain;
using Federation.Awards.Features.Secretariat;
using Federation.Awards.Storage;
using Federation.Contracts.Awards;
using Federation.ServiceDefaults.Auth;
using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Http;
using Federation.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        cycles.MapGet("/{id:guid}", Get).AllowAnonymous().WithSummary("One cycle as this city holds it");
        cycles.MapPost("/{id:guid}/schedule", Reschedule).RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat moves the cycle's windows; every city hears of it");
    }

    private static async Task<Results<Created<CycleResponse>, ValidationProblem, ProblemHttpResult>> Open(
        OpenCycleRequest request, ClaimsPrincipal user, AwardsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (!CycleInputs.TryRead(request, now, out var input, out var problems)) return problems.ToResult();
        var result = AwardCycle.Open(Actors.Of(user), input, now, out var cycle);
        if (!result.Succeeded || cycle is null) return Refused(result);
        db.Cycles.Add(cycle);
        db.Publish(cycle.Opened());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/awards/cycles/{cycle.Id}", cycle.ToResponse(now));
    }

    private static Results<Created<CycleResponse>, ValidationProblem, ProblemHttpResult> Refused(AwardResult result) =>
        AwardProblems.Of<Created<CycleResponse>>(result);

    private static async Task<Ok<List<CycleResponse>>> List(AwardsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var cycles = await db.Cycles.AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(cycles.OrderByDescending(c => c.Year).ThenByDescending(c => c.OpenedAt).Select(c => c.ToResponse(now)).ToList());
    }

    private static async Task<Results<Ok<CycleResponse>, ProblemHttpResult>> Get(Guid id, AwardsDbContext db, TimeProvider time, CancellationToken ct) =>
        await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } cycle
            ? TypedResults.Ok(cycle.ToResponse(time.GetUtcNow()))
            : AwardProblems.NotFound("cycle", id);

    private static Task<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>> Reschedule(
        Guid id, RescheduleRequest request, ClaimsPrincipal user, AwardsDbContext db, CycleSteps steps, ThisCity city, CancellationToken ct)
    {
        if (request.NominationCloses is null && request.JudgingOpens is null && request.JudgingCloses is null)
        {
            var problems = new InputProblems();
            problems.Add("nominationCloses", "Name at least one of nominationCloses, judgingOpens, judgingCloses.");
            return Task.FromResult<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>>(problems.ToResult());
        }
        return steps.RunAsync(id, user,
            (c, by, now) => Task.FromResult(c.Reschedule(by, request.NominationCloses, request.JudgingOpens, request.JudgingCloses, now)),
            async (c, now) =>
            {
                // The secretariat's own assignments follow here; every other city's follow the broadcast.
                foreach (var a in await db.Assignments.Where(a => a.CycleId == c.Id).ToListAsync(ct))
                    if (a.ApplyJudgingWindow(c.Judging, now).Kind == AwardResultKind.Ok) db.SendAssignment(a, city.Id);
                db.Publish(c.Rescheduled());
            }, ct);
    }
}
