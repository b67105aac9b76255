using Federation.Contracts.Trials;
using Federation.Trials.Features.Replication;

namespace Federation.Trials.Features.Hosting;

/// <summary>The host city's answer to an endorsed application, after screening.</summary>
public static class HostingEndpoints
{
    public static void MapHostingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapTrialsGroup();
        api.MapPost("/{id}/accept", Accept).RequireAuthorization(Policies.Agency)
            .WithSummary("The host city's agency accepts an application on an agreement; the home city hears of it");
        api.MapPost("/{id}/reject", Reject).RequireAuthorization(Policies.Agency)
            .WithSummary("The host city's agency rejects an application, saying why; the home city hears of it");
    }

    private static async Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Accept(
        Guid id, AcceptRequest request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps, TrialRules rules, CancellationToken ct)
    {
        // The defaults of the agreement come from the application, so the trial is read first.
        if (await db.Trials.FindAsync([id], ct) is not { } trial) return StepProblems.NotFound("trial", id);
        var by = Actors.Of(user, TrialSteps.Roles);
        if (!TrialInputs.TryRead(request, trial, by, out var agreement, out var problem)) return problem;
        return await steps.OnTrialAsync(db, id, user, (t, actor, now) => t.Accept(actor, agreement, rules, now), (t, _) => db.SendAccepted(t), ct);
    }

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps, CancellationToken ct)
    {
        var problems = new InputProblems();
        var reason = TrialInputs.Required(problems, "reason", request.Reason);
        if (problems.Any) return TrialSteps.Early(problems.ToResult());
        return steps.OnTrialAsync(db, id, user, (t, by, now) => t.Reject(by, reason, now), (t, _) => db.SendRejected(t), ct);
    }
}
