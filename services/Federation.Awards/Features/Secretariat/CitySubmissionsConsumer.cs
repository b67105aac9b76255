using ScoreChange = Federation.Awards.Domain.ScoreChange;

namespace Federation.Awards.Features.Secretariat;

/// <summary>
/// What the nominating and judges' cities send the secretariat: entries, withdrawals, enrolments, conflicts
/// and score sheets. Each is accepted only from the city the message names as its sender, and only here if
/// this city is the secretariat it names.
/// </summary>
public sealed class CitySubmissionsConsumer(AwardsDbContext db, ThisCity city) :
    IConsumer<AwardEntrySubmitted>, IConsumer<AwardEntryWithdrawn>, IConsumer<JudgeEnrolled>, IConsumer<ConflictDeclared>,
    IConsumer<ScoreSubmitted>
{
    public async Task Consume(ConsumeContext<AwardEntrySubmitted> context)
    {
        var m = context.Message;
        From(context, m.City, m.SecretariatCity);
        var e = m.Entry;
        if ((e.EntryId, e.CycleId, e.City) != (m.EntryId, m.CycleId, m.City))
            throw new FederationRejectedException(Rejections.Refused, $"Entry {m.EntryId}: the entry sent is another one");
        var submission = new EntrySubmission(e.EntryId, e.CycleId, e.City, m.SecretariatCity, e.SolutionId, e.SolutionTitle, e.SolutionSummary,
            e.EvidenceTrialIds, e.Statement, e.ApplicantOrganisation, e.NominatingAgency, e.NominatedAt);
        var held = await db.Entries.FindAsync([m.EntryId], context.CancellationToken);
        if (held is not null) Replicated.Require(held.ApplySubmission(submission), $"Entry {m.EntryId}");
        else
        {
            var cycle = await db.Cycles.FindAsync([m.CycleId], context.CancellationToken)
                ?? throw new FederationRejectedException(Rejections.Refused, $"Entry {m.EntryId} is for cycle {m.CycleId}, not run here");
            Replicated.Require(Entry.Receive(submission, cycle, city.Id, out var entry), $"Entry {m.EntryId}");
            db.Entries.Add(entry!);
        }
    }

    public async Task Consume(ConsumeContext<AwardEntryWithdrawn> context)
    {
        var m = context.Message;
        From(context, m.City, m.SecretariatCity);
        var entry = await db.Entries.FindAsync([m.EntryId], context.CancellationToken)
            ?? throw new NotReadyException($"Entry {m.EntryId} has not arrived yet");
        if ((entry.City, entry.CycleId) != (m.City, m.CycleId))
            throw new FederationRejectedException(Rejections.WrongOwner, $"Entry {m.EntryId} is not {m.City}'s entry in cycle {m.CycleId}");
        var result = entry.ApplyWithdrawal(new Withdrawal(m.WithdrawnAt, m.Reason));
        Replicated.Require(result, $"Entry {m.EntryId}");
        if (result.Kind == StepKind.Ok)
            foreach (var a in db.Assignments.Where(a => a.CycleId == m.CycleId).AsEnumerable().Where(a => a.IsAssigned(m.EntryId)).ToList())
                if (a.DropWithdrawn(m.EntryId, m.WithdrawnAt).Kind == StepKind.Ok) db.SendAssignment(a, city.Id);
    }

    public async Task Consume(ConsumeContext<JudgeEnrolled> context)
    {
        var m = context.Message;
        From(context, m.City, m.SecretariatCity);
        var enrolment = new JudgeEnrolment(m.JudgeId, m.City, m.SecretariatCity, m.UserId, m.UserName, m.DisplayName, m.Organisation,
            [.. m.Expertise], m.EnrolledBy, m.EnrolledAt);
        var held = await db.Judges.FindAsync([m.JudgeId], context.CancellationToken);
        if (held is not null) Replicated.Require(held.ApplyEnrolment(enrolment), $"Judge {m.JudgeId}");
        else
        {
            Replicated.Require(Judge.Receive(enrolment, city.Id, out var judge), $"Judge {m.JudgeId}");
            db.Judges.Add(judge!);
        }
    }

    public async Task Consume(ConsumeContext<ConflictDeclared> context)
    {
        var m = context.Message;
        From(context, m.JudgeCity, m.SecretariatCity);
        if (!Enum.TryParse<ConflictKind>(m.Kind, ignoreCase: true, out var kind))
            throw new FederationRejectedException(Rejections.Refused, $"'{m.Kind}' is not a kind of conflict");
        var assignment = await AssignmentAsync(m.AssignmentId, context.CancellationToken);
        var @ref = new AssignmentRef(m.AssignmentId, m.CycleId, m.JudgeId, m.JudgeCity, m.SecretariatCity);
        Replicated.Require(assignment.ApplyConflict(new ConflictDeclaration(@ref, m.EntryId, kind, m.Note, m.DeclaredAt)), $"Assignment {m.AssignmentId}");
    }

    public async Task Consume(ConsumeContext<ScoreSubmitted> context)
    {
        var m = context.Message;
        From(context, m.JudgeCity, m.SecretariatCity);
        var assignment = await AssignmentAsync(m.AssignmentId, context.CancellationToken);
        var @ref = new AssignmentRef(m.AssignmentId, m.CycleId, m.JudgeId, m.JudgeCity, m.SecretariatCity);
        var sheet = new JudgeSheet(m.EntryId, [.. m.Scores.Select(s => new Score(s.Criterion, s.Value, s.Comment))], m.Sequence, m.SubmittedAt);
        var history = m.History.Select(h => new ScoreChange(h.JudgeId, h.EntryId, h.Criterion, h.Old, h.New, h.Comment, h.Sequence, h.At)).ToList();
        Replicated.Require(assignment.ApplySheet(new SheetSubmission(@ref, sheet, history)), $"Assignment {m.AssignmentId}");
    }

    private void From(ConsumeContext context, string sender, string secretariatCity)
    {
        context.EnsureSentByOwner(sender);
        if (secretariatCity != city.Id)
            throw new FederationRejectedException(Rejections.WrongOwner, $"The message is for {secretariatCity}'s secretariat, not {city.Id}'s");
    }

    // The secretariat made every assignment itself: one it does not hold is no one's.
    private async Task<Assignment> AssignmentAsync(Guid id, CancellationToken ct) =>
        await db.Assignments.FindAsync([id], ct)
        ?? throw new FederationRejectedException(Rejections.Refused, $"Assignment {id} was never made here");
}
