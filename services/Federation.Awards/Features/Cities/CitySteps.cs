using Federation.Awards.Common;
using Federation.Awards.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Awards.Features.Cities;

/// <summary>Saves a step with the messages it queued; a record changed meanwhile (by a message from another city) is retried.</summary>
public sealed class CitySteps(AwardsDbContext db, TimeProvider time)
{
    private const int MaxAttempts = 3;

    /// <param name="step">Loads the record, takes the step and queues its messages; returns the answer. Run again on a fresh context after a concurrent change.</param>
    public async Task<T> RunAsync<T>(Func<DateTimeOffset, Task<(T Answer, bool Save)>> step, Func<T> changedMeanwhile, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (answer, save) = await step(time.GetUtcNow());
            if (!save) return answer;
            try
            {
                await db.SaveChangesAsync(ct);
                return answer;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                return changedMeanwhile();
            }
        }
    }

    public static ProblemHttpResult ChangedMeanwhile() => AwardProblems.ChangedMeanwhile();
}
