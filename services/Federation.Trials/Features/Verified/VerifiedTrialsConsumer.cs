using Federation.Contracts.Trials;
using Federation.Trials.Features.Certificates;
using Federation.Trials.Features.Notifications;
using MassTransit;

namespace Federation.Trials.Features.Verified;

/// <summary>
/// The host city's broadcast verdicts and outcomes: every city records them publicly, and the home city
/// also applies them to its copy of the trial. The certificate is checked against the member list
/// before anything is kept: the message's signature proves who sent it, the certificate's who vouches.
/// </summary>
public sealed class VerifiedTrialsConsumer(TrialsDbContext db, CertificateVerifier verifier, ThisCity city,
    ILogger<VerifiedTrialsConsumer> log) : IConsumer<TrialVerified>, IConsumer<TrialOutcomeRecorded>
{
    public async Task Consume(ConsumeContext<TrialVerified> context)
    {
        var m = context.Message;
        context.EnsureSentByOwner(m.HostCity);
        var c = m.Certificate?.Certificate
            ?? throw new FederationRejectedException(Rejections.Refused, $"Trial {m.TrialId}'s verdict carries no certificate");
        if ((c.TrialId, c.HostCity, c.HomeCity) != (m.TrialId, m.HostCity, m.HomeCity))
            throw new FederationRejectedException(Rejections.WrongOwner, $"Trial {m.TrialId}'s certificate names another trial or other cities");
        if (verifier.Verify(m.Certificate) is { Valid: false } check)
            throw new FederationRejectedException(Rejections.BadSignature, $"Trial {m.TrialId}'s certificate: {check.Reason}");

        (await FindOrAddAsync(m.TrialId, m.HomeCity, m.HostCity, c.SolutionId, context.CancellationToken)).Verified(m.Certificate);
        if (await HomeCopyAsync(m.TrialId, m.HomeCity, m.HostCity, context.CancellationToken) is { } trial)
        {
            var result = Enum.TryParse<VerdictResult>(c.Verdict, ignoreCase: true, out var verdict)
                ? trial.ApplyVerdict(new Verdict(verdict, c.Findings, new Party("", c.HostAgency), c.VerifiedAt))
                    .Then(() => db.NotifyVerdict(trial, c.Verdict, c.VerifiedAt))
                : StepResult.Invalid("verdict", $"'{c.Verdict}' is not a verdict.");
            Replicated.Require(result, $"Trial {m.TrialId}");
        }
    }

    public async Task Consume(ConsumeContext<TrialOutcomeRecorded> context)
    {
        var m = context.Message;
        context.EnsureSentByOwner(m.HostCity);
        if (!Enum.TryParse<OutcomeKind>(m.Outcome?.Outcome, ignoreCase: true, out var kind))
            throw new FederationRejectedException(Rejections.Refused, $"Trial {m.TrialId}: '{m.Outcome?.Outcome}' is not an outcome");
        (await FindOrAddAsync(m.TrialId, m.HomeCity, m.HostCity, m.SolutionId, context.CancellationToken)).Followed(m.Outcome!);
        if (await HomeCopyAsync(m.TrialId, m.HomeCity, m.HostCity, context.CancellationToken) is { } trial)
            Replicated.Require(trial.ApplyOutcome(new Outcome(kind, m.Outcome!.Date, m.Outcome.Note, new Party("", m.HostCity), m.Outcome.RecordedAt)), $"Trial {m.TrialId}");
    }

    private async Task<VerifiedTrial> FindOrAddAsync(Guid trialId, string homeCity, string hostCity, Guid solutionId, CancellationToken ct)
    {
        if (await db.VerifiedTrials.FindAsync([trialId], ct) is { } known) return known;
        var added = VerifiedTrial.For(trialId, homeCity, hostCity, solutionId);
        db.VerifiedTrials.Add(added);
        return added;
    }

    // Only the home city holds a copy to update; the host decided it, and third cities hold none.
    private async Task<Trial?> HomeCopyAsync(Guid trialId, string homeCity, string hostCity, CancellationToken ct)
    {
        if (homeCity != city.Id) return null;
        var trial = await db.Trials.FindAsync([trialId], ct);
        if (trial is null) log.LogWarning("Trial {TrialId} was decided by its host, but this home city holds no copy of it", trialId);
        else if (trial.HostCity != hostCity)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Trial {trialId} is hosted by {trial.HostCity}, not {hostCity}");
        return trial;
    }
}
