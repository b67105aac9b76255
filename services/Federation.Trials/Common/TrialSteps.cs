using System.Security.Claims;
using Federation.Contracts.Trials;
using Federation.Trials.Domain;
using Federation.Trials.Features.Verified;
using Federation.Trials.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Trials.Common;

/// <summary>
/// Runs one step of the workflow for a signed-in user: find the trial, let the domain decide, save the
/// change together with the messages it sends (the outbox), answer with the trial as it now stands.
/// </summary>
public sealed class TrialSteps(TrialsDbContext db, TimeProvider time)
{
    /// <param name="step">The domain step; it checks who may take it and from which status.</param>
    /// <param name="tell">Queues what the other side must hear, after a step that changed the trial.</param>
    public async Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> RunAsync(Guid id, ClaimsPrincipal user,
        Func<Trial, Actor, DateTimeOffset, TrialResult> step, Action<Trial, DateTimeOffset>? tell, CancellationToken ct)
    {
        // A message from the other city may change the trial between our read and our save. The step is
        // then taken again on the fresh copy, so the user is not bounced for a change they did not see.
        for (var attempt = 1; ; attempt++)
        {
            var trial = await db.Trials.FindAsync([id], ct);
            if (trial is null) return TrialProblems.NotFound(id);
            var now = time.GetUtcNow();
            var result = step(trial, Actors.Of(user), now);
            if (!result.Succeeded) return TrialProblems.Of(result);
            if (result.Kind == TrialResultKind.Ok)
            {
                tell?.Invoke(trial, now);
                if (await SaveAsync(ct) is { } conflict)
                {
                    if (attempt == MaxAttempts) return conflict;
                    db.ChangeTracker.Clear();
                    continue;
                }
            }
            return TypedResults.Ok(await ResponseAsync(trial, now, ct));
        }
    }

    private const int MaxAttempts = 3;

    /// <summary>Saves; a concurrent change to the same trial (by a message from the other city, say) is a 409.</summary>
    public async Task<ProblemHttpResult?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed meanwhile",
                detail: "The trial changed while this step was taken: read it again and retry.");
        }
    }

    public async Task<TrialResponse> ResponseAsync(Trial trial, DateTimeOffset now, CancellationToken ct) =>
        trial.ToResponse(now, trial.Verdict is null ? null : await VerifiedTrials.CertificateAsync(db, trial.Id, ct));
}

/// <summary>What a refused step answers: 403 for the wrong party, 409 for the wrong status, 400 naming the field.</summary>
public static class TrialProblems
{
    // The domain names its own fields; the API names the request's.
    private static readonly Dictionary<string, string> RequestFields = new()
    {
        ["proposedKpis"] = "kpis",
        ["costShare"] = "costSharePercent",
        ["kpiName"] = "kpi",
        ["evidenceLink"] = "evidenceUrl",
        ["review"] = "confirmed",
    };

    public static Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult> Of(TrialResult result) =>
        Invalid(result) is { } invalid ? invalid : Refused(result);

    public static Results<Created<TrialResponse>, ValidationProblem, ProblemHttpResult> OfNew(TrialResult result) =>
        Invalid(result) is { } invalid ? invalid : Refused(result);

    private static ValidationProblem? Invalid(TrialResult result) => result.Kind != TrialResultKind.Invalid ? null
        : TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [RequestFields.GetValueOrDefault(result.Field!, result.Field!)] = [result.Reason!] },
            title: "The request has invalid fields");

    private static ProblemHttpResult Refused(TrialResult result) => result.Kind == TrialResultKind.Forbidden
        ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your step", detail: result.Reason)
        : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible now", detail: result.Reason);

    /// <summary>A request refused before any step was tried, as the answer of a step endpoint.</summary>
    public static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Early(ValidationProblem problem) =>
        Task.FromResult<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>>(problem);

    public static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"This node holds no trial {id}.");
}
