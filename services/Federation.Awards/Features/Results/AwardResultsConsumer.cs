using Federation.Awards.Features.Notifications;

namespace Federation.Awards.Features.Results;

/// <summary>Every other city's copy of a cycle hears its published results, from the member list's secretariat only.</summary>
public sealed class AwardResultsConsumer(AwardsDbContext db, ThisCity city, MemberList members) : IConsumer<AwardResultsPublished>
{
    public async Task Consume(ConsumeContext<AwardResultsPublished> context)
    {
        var m = context.Message;
        context.EnsureSentByOwner(members.Secretariat);
        if (m.SecretariatCity != members.Secretariat)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Cycle {m.CycleId}'s results name '{m.SecretariatCity}' as secretariat, not '{members.Secretariat}'");
        // The secretariat's own copy is the one they were published on.
        if (m.SecretariatCity == city.Id) return;
        var cycle = await db.Cycles.FindAsync([m.CycleId], context.CancellationToken)
            ?? throw new NotReadyException($"Cycle {m.CycleId} is not held here yet");
        Replicated.Require(cycle.ApplyResults(m.FromMessage()).Then(() => db.NotifyResults(city.Id, m)), $"Cycle {m.CycleId}");
    }
}
