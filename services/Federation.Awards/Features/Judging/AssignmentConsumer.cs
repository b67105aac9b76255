using Federation.Awards.Features.Notifications;

namespace Federation.Awards.Features.Judging;

/// <summary>
/// The judge's city's copy of an assignment, hearing the secretariat: the entries assigned (the highest
/// version wins) and its rulings on disclosed conflicts. Only the member list's secretariat city is heard.
/// </summary>
public sealed class AssignmentConsumer(AwardsDbContext db, ThisCity city, MemberList members) :
    IConsumer<JudgeAssigned>, IConsumer<ConflictRuled>
{
    public async Task Consume(ConsumeContext<JudgeAssigned> context)
    {
        var m = context.Message;
        Check(context, m.AssignmentId, m.JudgeCity, m.SecretariatCity);
        var snapshot = m.Snapshot();
        var held = await db.Assignments.FindAsync([m.AssignmentId], context.CancellationToken);
        if (held is null)
        {
            Replicated.Require(Assignment.Receive(snapshot, city.Id, out var received), $"Assignment {m.AssignmentId}");
            db.Assignments.Add(received!);
            db.NotifyAssigned(city.Id, m);
        }
        else Replicated.Require(held.ApplyAssignment(snapshot), $"Assignment {m.AssignmentId}");
    }

    public async Task Consume(ConsumeContext<ConflictRuled> context)
    {
        var m = context.Message;
        Check(context, m.AssignmentId, m.JudgeCity, m.SecretariatCity);
        // The assignment travels on its own link: a ruling may overtake it, and waits for it.
        var held = await db.Assignments.FindAsync([m.AssignmentId], context.CancellationToken)
            ?? throw new NotReadyException($"Assignment {m.AssignmentId} is not held here yet");
        Replicated.Require(held.ApplyRuling(m.Ruling()), $"Assignment {m.AssignmentId}");
    }

    private void Check(ConsumeContext context, Guid assignmentId, string judgeCity, string secretariatCity)
    {
        if (secretariatCity != members.Secretariat)
            throw new FederationRejectedException(Rejections.WrongOwner,
                $"Assignment {assignmentId} names {secretariatCity} as secretariat; the member list's is {members.Secretariat}");
        context.EnsureSentByOwner(members.Secretariat);
        if (judgeCity != city.Id)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Assignment {assignmentId} is for a judge of {judgeCity}, not {city.Id}");
    }
}
