using Federation.Contracts.Trials;
using Federation.Trials.Features.Replication;
using Federation.Trials.Features.Verified;

namespace Federation.Trials.Features.Running;

/// <summary>The trial itself: measurements and their review, the final report, the signed verdict, closing and the outcome.</summary>
public static class RunningEndpoints
{
    private const string Verdicts = "passed or failed";

    public static void MapRunningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapTrialsGroup();
        api.MapPost("/{id}/measurements", Report).RequireAuthorization(Policies.Startup)
            .WithSummary("The applicant reports a value of an agreed KPI (at its home city's node)");
        api.MapPost("/{id}/measurements/{measurementId}/review", Review).RequireAuthorization(Policies.Agency)
            .WithSummary("The host city's agency confirms or disputes a reported value");
        api.MapPost("/{id}/report", FinalReport).RequireAuthorization(Policies.Startup)
            .WithSummary("The applicant submits its final report; the trial awaits the host's verdict");
        api.MapPost("/{id}/verify", Verify).RequireAuthorization(Policies.Agency)
            .WithSummary("The host city's agency gives its verdict; the node signs the certificate and every city hears of it");
        api.MapPost("/{id}/close", Close).RequireAuthorization(Policies.Agency).WithSummary("The host city closes a verified trial");
        api.MapPost("/{id}/outcome", Outcome).RequireAuthorization(Policies.Agency)
            .WithSummary("The host city records what followed the trial: procured, continued or stopped");
    }

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Report(
        Guid id, ReportMeasurementRequest request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps, TimeProvider time, CancellationToken ct)
    {
        if (!TrialInputs.TryRead(request, time.GetUtcNow(), out var input, out var problem)) return TrialSteps.Early(problem);
        Measurement? reported = null;
        return steps.OnTrialAsync(db, id, user, (t, by, now) => t.ReportMeasurement(by, input, now, out reported),
            (t, _) => db.SendMeasurement(t, reported!), ct);
    }

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Review(
        Guid id, Guid measurementId, ReviewMeasurementRequest request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps, CancellationToken ct)
    {
        var problems = new InputProblems();
        if (request.Confirmed is null) problems.Add("confirmed", FieldCodes.Required, "confirmed is required: true confirms the value, false disputes it.");
        var note = problems.OptionalText("note", request.Note, TrialInputs.LongText);
        if (problems.Any) return TrialSteps.Early(problems.ToResult());
        var review = request.Confirmed!.Value ? ReviewState.Confirmed : ReviewState.Disputed;
        return steps.OnTrialAsync(db, id, user, (t, by, now) => t.ReviewMeasurement(by, measurementId, review, note, now),
            (t, _) => db.SendReview(t, measurementId), ct);
    }

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> FinalReport(
        Guid id, FinalReportRequest request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps, CancellationToken ct)
    {
        var problems = new InputProblems();
        var summary = TrialInputs.Required(problems, "summary", request.Summary);
        if (problems.Any) return TrialSteps.Early(problems.ToResult());
        return steps.OnTrialAsync(db, id, user, (t, by, now) => t.SubmitFinalReport(by, summary, now), (t, _) => db.SendFinalReport(t), ct);
    }

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Verify(
        Guid id, VerifyRequest request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps, CertificateIssuer issuer, CancellationToken ct)
    {
        var problems = new InputProblems();
        if (request.Passed is null) problems.Add("passed", FieldCodes.Required, $"passed is required: the verdict is {Verdicts}.");
        var findings = TrialInputs.Required(problems, "findings", request.Findings);
        if (problems.Any) return TrialSteps.Early(problems.ToResult());
        var result = request.Passed!.Value ? VerdictResult.Passed : VerdictResult.Failed;
        return steps.OnTrialAsync(db, id, user, (t, by, now) => t.Verify(by, result, findings, now), (t, _) =>
        {
            // Signed and kept with the verdict in one transaction; the broadcast leaves with it.
            var certificate = issuer.Issue(t);
            var record = VerifiedTrial.For(t.Id, t.HomeCity, t.HostCity, t.SolutionId);
            record.Verified(certificate);
            db.VerifiedTrials.Add(record);
            db.PublishVerified(t, certificate);
        }, ct);
    }

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps, CancellationToken ct) =>
        steps.OnTrialAsync(db, id, user, (t, by, now) => t.Close(by, now), (t, _) => db.SendClosed(t), ct);

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Outcome(
        Guid id, RecordOutcomeRequest request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps, CancellationToken ct)
    {
        var problems = new InputProblems();
        var word = problems.OneOf("outcome", request.Outcome, TrialVocabulary.Outcomes);
        if (request.Date is null) problems.Add("date", FieldCodes.Required, "date is required: when the city procured, continued or stopped.");
        var note = problems.OptionalText("note", request.Note, TrialInputs.LongText);
        if (problems.Any) return TrialSteps.Early(problems.ToResult());
        var kind = Enum.Parse<OutcomeKind>(word, ignoreCase: true);
        return steps.OnTrialAsync(db, id, user, (t, by, now) => t.RecordOutcome(by, kind, request.Date!.Value, note, now), (t, _) => db.PublishOutcome(t), ct);
    }
}
