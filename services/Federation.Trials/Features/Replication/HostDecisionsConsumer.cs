using Federation.Contracts.Trials;
using Federation.Trials.Features.Notifications;
using Federation.Trials.Features.Running;
using MassTransit;

namespace Federation.Trials.Features.Replication;

/// <summary>The applicant's home city's copy of a trial, learning the host city's decisions.</summary>
public sealed class HostDecisionsConsumer(TrialsDbContext db, ThisCity city) :
    IConsumer<TrialScreeningStarted>, IConsumer<TrialAccepted>, IConsumer<TrialRejected>, IConsumer<MeasurementReviewed>,
    IConsumer<TrialClosed>
{
    public Task Consume(ConsumeContext<TrialScreeningStarted> context)
    {
        var m = context.Message;
        return ApplyAsync(context, m.TrialId, m.HomeCity, m.HostCity, t => t.ApplyScreeningStarted(m.Deadline, m.StartedAt));
    }

    public Task Consume(ConsumeContext<TrialAccepted> context)
    {
        var m = context.Message;
        var agreement = m.Agreement ?? throw new FederationRejectedException(Rejections.Refused, $"Trial {m.TrialId} was accepted without an agreement");
        return ApplyAsync(context, m.TrialId, m.HomeCity, m.HostCity,
            t => t.ApplyAccepted(agreement.FromContract(), new Party("", agreement.HostAgency), agreement.AcceptedAt)
                .Then(() => db.NotifyDecision(t, accepted: true, agreement.AcceptedAt)));
    }

    public Task Consume(ConsumeContext<TrialRejected> context)
    {
        var m = context.Message;
        return ApplyAsync(context, m.TrialId, m.HomeCity, m.HostCity,
            t => t.ApplyRejected(new Rejection(new Party("", m.HostCity), m.RejectedAt, m.Reason ?? ""))
                .Then(() => db.NotifyDecision(t, accepted: false, m.RejectedAt)));
    }

    public Task Consume(ConsumeContext<MeasurementReviewed> context)
    {
        var m = context.Message;
        return ApplyAsync(context, m.TrialId, m.HomeCity, m.HostCity, t => t.ApplyMeasurementReview(m.MeasurementId,
            m.Confirmed ? ReviewState.Confirmed : ReviewState.Disputed, m.Note, new Party("", m.HostCity), m.ReviewedAt));
    }

    public Task Consume(ConsumeContext<TrialClosed> context)
    {
        var m = context.Message;
        return ApplyAsync(context, m.TrialId, m.HomeCity, m.HostCity, t => t.ApplyClosed(m.ClosedAt));
    }

    private async Task ApplyAsync(ConsumeContext context, Guid trialId, string homeCity, string hostCity, Func<Trial, StepResult> step)
    {
        context.EnsureSentByOwner(hostCity);
        if (homeCity != city.Id)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Trial {trialId} is {homeCity}'s, not {city.Id}'s");
        // The home copy exists before anything is sent to the host: a decision on an unknown trial is no one's.
        var trial = await db.Trials.FindAsync([trialId], context.CancellationToken)
            ?? throw new FederationRejectedException(Rejections.Refused, $"{hostCity} decided on trial {trialId}, which {city.Id} never sent");
        if (trial.Copy != TrialSide.Home || trial.HostCity != hostCity)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Trial {trialId} is not hosted by {hostCity}");
        Replicated.Require(step(trial), $"Trial {trialId}");
    }
}
