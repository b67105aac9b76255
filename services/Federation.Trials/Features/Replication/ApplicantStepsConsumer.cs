using Federation.Contracts.Trials;
using Federation.Trials.Features.Applications;
using Federation.Trials.Features.Notifications;
using Federation.Trials.Features.Running;
using MassTransit;

namespace Federation.Trials.Features.Replication;

/// <summary>The host city's copy of a trial, learning the steps taken in the applicant's home city.</summary>
public sealed class ApplicantStepsConsumer(TrialsDbContext db, ThisCity city, TrialRules rules, TimeProvider time) :
    IConsumer<TrialApplicationEndorsed>, IConsumer<TrialApplicationWithdrawn>, IConsumer<MeasurementReported>,
    IConsumer<TrialFinalReportSubmitted>
{
    public async Task Consume(ConsumeContext<TrialApplicationEndorsed> context)
    {
        var m = context.Message;
        FromHome(context, m.TrialId, m.HomeCity, m.HostCity);
        if (await db.Trials.FindAsync([m.TrialId], context.CancellationToken) is { } held)
        {
            if (held.Copy == TrialSide.Host && held.HomeCity == m.HomeCity) return; // already received
            throw new FederationRejectedException(Rejections.WrongOwner, $"Trial {m.TrialId} is already held here as another trial");
        }
        var a = m.Application ?? throw new FederationRejectedException(Rejections.Refused, $"Trial {m.TrialId} arrived without its application");
        var input = new ApplicationInput(m.HostCity, a.SolutionId, a.ChallengeId, a.Goals ?? "", a.RequestedSite ?? "",
            [.. (a.Kpis ?? []).Select(k => k.FromContract())], a.DurationMonths, a.CostSharePercent, a.SolutionTitle);
        var endorsement = a.Endorsement ?? throw new FederationRejectedException(Rejections.Refused, $"Trial {m.TrialId} arrived unendorsed");
        var application = new EndorsedApplication(m.TrialId, m.HomeCity, new Party("", a.ApplicantOrganisation ?? ""), input, a.SubmittedAt,
            new Endorsement(new Party("", endorsement.Agency ?? ""), endorsement.EndorsedAt, endorsement.Note));

        var now = time.GetUtcNow();
        Replicated.Require(Trial.Receive(application, city.Id, rules, now, out var trial), $"Trial {m.TrialId}");
        db.Trials.Add(trial!);
        db.SendScreeningStarted(trial!, now);
        db.NotifyToScreen(trial!, now);
    }

    public Task Consume(ConsumeContext<TrialApplicationWithdrawn> context)
    {
        var m = context.Message;
        return ApplyAsync(context, m.TrialId, m.HomeCity, m.HostCity,
            t => t.ApplyWithdrawal(new Withdrawal(t.Applicant with { UserId = "" }, m.WithdrawnAt, m.Reason)));
    }

    public Task Consume(ConsumeContext<MeasurementReported> context)
    {
        var m = context.Message;
        return ApplyAsync(context, m.TrialId, m.HomeCity, m.HostCity,
            t => t.ApplyMeasurementReported(m.MeasurementId, new MeasurementInput(m.Kpi ?? "", m.Value, m.MeasuredAt, m.EvidenceUrl), m.ReportedAt)
                .Then(() => db.NotifyMeasurement(t, m.MeasurementId, m.Kpi ?? "", time.GetUtcNow())));
    }

    public Task Consume(ConsumeContext<TrialFinalReportSubmitted> context)
    {
        var m = context.Message;
        return ApplyAsync(context, m.TrialId, m.HomeCity, m.HostCity,
            t => t.ApplyFinalReport(new FinalReport(t.Applicant with { UserId = "" }, m.SubmittedAt, m.Summary ?? "")));
    }

    private async Task ApplyAsync(ConsumeContext context, Guid trialId, string homeCity, string hostCity, Func<Trial, StepResult> step)
    {
        FromHome(context, trialId, homeCity, hostCity);
        // The endorsement travels on its own link and may not be here yet: wait for it.
        var trial = await db.Trials.FindAsync([trialId], context.CancellationToken)
            ?? throw new NotReadyException($"Trial {trialId} has not arrived from {homeCity} yet");
        if (trial.Copy != TrialSide.Host || trial.HomeCity != homeCity)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Trial {trialId} here is not {homeCity}'s application");
        Replicated.Require(step(trial), $"Trial {trialId}");
    }

    private void FromHome(ConsumeContext context, Guid trialId, string homeCity, string hostCity)
    {
        context.EnsureSentByOwner(homeCity);
        if (hostCity != city.Id)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Trial {trialId} is for {hostCity}, not {city.Id}");
    }
}
