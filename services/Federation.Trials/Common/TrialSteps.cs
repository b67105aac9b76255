using Federation.Contracts.Trials;
using Federation.Trials.Features.Verified;
using static Federation.Contracts.Identity.Roles;

namespace Federation.Trials.Common;

/// <summary>A step of the workflow on one trial, through the shared pipeline, answered with the trial as it now stands.</summary>
public static class TrialSteps
{
    /// <summary>An agency role wins over a startup role if a user somehow holds both.</summary>
    public static readonly IReadOnlyList<string> Roles = [Agency, Startup];

    public static readonly StepConventions Conventions = new(Roles, "trial", new Dictionary<string, string>
    {
        // The domain names its own fields; the API names the request's.
        ["proposedKpis"] = "kpis",
        ["costShare"] = "costSharePercent",
        ["kpiName"] = "kpi",
        ["evidenceLink"] = "evidenceUrl",
        ["review"] = "confirmed",
    });

    /// <param name="step">The domain step; it checks who may take it and from which status.</param>
    /// <param name="tell">Queues what the other side must hear, after a step that changed the trial.</param>
    public static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> OnTrialAsync(this AggregateSteps steps,
        TrialsDbContext db, Guid id, ClaimsPrincipal user, Func<Trial, Actor, DateTimeOffset, StepResult> step,
        Action<Trial, DateTimeOffset>? tell, CancellationToken ct) =>
        steps.RunAsync(user, async c => Found.Of(await db.Trials.FindAsync([id], c), "trial", id), step, tell,
            async (t, now) => TypedResults.Ok(await ResponseAsync(db, t, now, ct)), ct);

    public static async Task<TrialResponse> ResponseAsync(TrialsDbContext db, Trial trial, DateTimeOffset now, CancellationToken ct) =>
        trial.ToResponse(now, trial.Verdict is null ? null : await VerifiedTrials.CertificateAsync(db, trial.Id, ct));

    /// <summary>A request refused before any step was tried, as the answer of a step endpoint.</summary>
    public static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Early(ValidationProblem problem) =>
        Task.FromResult<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>>(problem);
}
