using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.ServiceDefaults.Steps;

/// <summary>
/// The one way a signed-in user's step on an aggregate is taken: find it, let the domain decide, queue what the
/// step sends (outbox rows of the same DbContext, so they commit with the change), save, answer after the save.
/// A refusal is a 400, 403 or 409 by the service's <see cref="StepConventions"/>.
/// </summary>
public sealed class AggregateSteps(DbContext db, TimeProvider time, StepConventions conventions)
{
    private const int MaxAttempts = 3;

    /// <param name="find">Reads what the step is taken on (tracked), or answers why there is none.</param>
    /// <param name="decide">The domain step; it checks who may take it and from which state.</param>
    /// <param name="tell">Queues what others must hear, only after a step that changed the aggregate (Ok).</param>
    /// <param name="answer">The success response, built after the save.</param>
    public async Task<Results<TOk, ValidationProblem, ProblemHttpResult>> RunAsync<T, TOk>(ClaimsPrincipal user,
        Func<CancellationToken, Task<Found<T>>> find, Func<T, Actor, DateTimeOffset, StepResult> decide,
        Action<T, DateTimeOffset>? tell, Func<T, DateTimeOffset, Task<TOk>> answer, CancellationToken ct) where TOk : IResult
    {
        var by = conventions.ActorOf(user);
        // A message from another city may change the record between our read and our save. The step is
        // then taken again on the fresh copy, so the user is not bounced for a change they did not see.
        for (var attempt = 1; ; attempt++)
        {
            var found = await find(ct);
            if (found.Missing is ProblemHttpResult absent) return absent;
            if (found.Missing is ValidationProblem invalid) return invalid;
            var now = time.GetUtcNow();
            var result = decide(found.Value, by, now);
            if (!result.Succeeded) return conventions.Refused<TOk>(result);
            if (result.Kind == StepKind.Ok)
            {
                tell?.Invoke(found.Value, now);
                if (!await SavedAsync(ct))
                {
                    if (attempt == MaxAttempts) return conventions.ChangedMeanwhile();
                    continue;
                }
            }
            return await answer(found.Value, now);
        }
    }

    /// <summary>The same, for an answer that needs nothing more from the database.</summary>
    public Task<Results<TOk, ValidationProblem, ProblemHttpResult>> RunAsync<T, TOk>(ClaimsPrincipal user,
        Func<CancellationToken, Task<Found<T>>> find, Func<T, Actor, DateTimeOffset, StepResult> decide,
        Action<T, DateTimeOffset>? tell, Func<T, DateTimeOffset, TOk> answer, CancellationToken ct) where TOk : IResult =>
        RunAsync(user, find, decide, tell, (x, now) => Task.FromResult(answer(x, now)), ct);

    private async Task<bool> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // The next attempt reads afresh: nothing of this one (its change, its queued messages) may stay tracked.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

public static class AggregateStepsRegistration
{
    /// <summary>Registers the step pipeline over the service's <typeparamref name="TDbContext"/>, one per request.</summary>
    public static IServiceCollection AddAggregateSteps<TDbContext>(this IServiceCollection services, StepConventions conventions)
        where TDbContext : DbContext =>
        services.AddScoped(sp => new AggregateSteps(sp.GetRequiredService<TDbContext>(), sp.GetRequiredService<TimeProvider>(), conventions));
}
