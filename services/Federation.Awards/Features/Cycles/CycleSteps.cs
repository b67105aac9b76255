using System.Security.Claims;
using Federation.Awards.Common;
using Federation.Awards.Domain;
using Federation.Awards.Storage;
using Federation.Contracts.Awards;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Awards.Features.Cycles;

/// <summary>
/// Runs one secretariat step on a cycle: find it, let the domain decide, queue what the cities must hear
/// in the outbox, save; a concurrent change (a message from another city) has the step taken again.
/// </summary>
public sealed class CycleSteps(AwardsDbContext db, TimeProvider time)
{
    private const int MaxAttempts = 3;

    public async Task<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>> RunAsync(Guid id, ClaimsPrincipal user,
        Func<AwardCycle, Actor, DateTimeOffset, Task<AwardResult>> step, Func<AwardCycle, DateTimeOffset, Task>? tell, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var cycle = await db.Cycles.FindAsync([id], ct);
            if (cycle is null) return AwardProblems.NotFound("cycle", id);
            var now = time.GetUtcNow();
            var result = await step(cycle, Actors.Of(user), now);
            if (!result.Succeeded) return AwardProblems.Of<Ok<CycleResponse>>(result);
            if (result.Kind == AwardResultKind.Ok)
            {
                if (tell is not null) await tell(cycle, now);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    if (attempt == MaxAttempts) return AwardProblems.ChangedMeanwhile();
                    db.ChangeTracker.Clear();
                    continue;
                }
            }
            return TypedResults.Ok(cycle.ToResponse(now));
        }
    }
}
