namespace Federation.Awards.Features.Cycles;

/// <summary>Every city's copy of a cycle, from the secretariat's broadcasts. Only the member list's secretariat is heard.</summary>
public sealed class CycleConsumer(AwardsDbContext db, ThisCity city, MemberList members) :
    IConsumer<AwardCycleOpened>, IConsumer<AwardCycleRescheduled>
{
    public async Task Consume(ConsumeContext<AwardCycleOpened> context)
    {
        var terms = context.Message.Cycle.Terms();
        if (!FromSecretariat(context, terms.SecretariatCity)) return;
        var held = await db.Cycles.FindAsync([terms.CycleId], context.CancellationToken);
        if (held is null)
        {
            Replicated.Require(AwardCycle.Receive(terms, city.Id, out var cycle), $"Cycle {terms.CycleId}");
            db.Cycles.Add(cycle!);
        }
        // The call heard again after the windows moved is older than the copy: nothing to do.
        else if (held.UpdatedAt <= terms.OpenedAt) Replicated.Require(held.ApplyOpened(terms), $"Cycle {terms.CycleId}");
    }

    public async Task Consume(ConsumeContext<AwardCycleRescheduled> context)
    {
        var m = context.Message;
        if (!FromSecretariat(context, m.SecretariatCity)) return;
        var ct = context.CancellationToken;
        var cycle = await db.Cycles.FindAsync([m.CycleId], ct)
            ?? throw new NotReadyException($"Cycle {m.CycleId} is not held here yet");
        var result = cycle.ApplySchedule(m.Schedule());
        Replicated.Require(result, $"Cycle {m.CycleId}");
        if (result.Kind == StepKind.Ok)
            foreach (var a in await db.Assignments.Where(a => a.CycleId == m.CycleId).ToListAsync(ct)) a.ApplyJudgingWindow(cycle.Judging, m.RescheduledAt);
    }

    // The secretariat's own node hears its broadcasts too: its copy is the one they came from.
    private bool FromSecretariat(ConsumeContext context, string secretariatCity)
    {
        context.EnsureSentByOwner(members.Secretariat);
        if (secretariatCity != members.Secretariat)
            throw new FederationRejectedException(Rejections.WrongOwner, $"The cycle names '{secretariatCity}' as secretariat, not '{members.Secretariat}'");
        return secretariatCity != city.Id;
    }
}
