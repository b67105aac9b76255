using Federation.Awards.Features.Cycles;
using Federation.Awards.Features.Secretariat;
using Wire = Federation.Contracts.Awards;

namespace Federation.Awards.Features.Judging;

/// <summary>A judge's assignment between the domain and the wire: what the judge's city hears, sends and shows.</summary>
public static class JudgingContracts
{
    public static AssignmentSnapshot Snapshot(this JudgeAssigned m) => new(
        new AssignmentRef(m.AssignmentId, m.CycleId, m.JudgeId, m.JudgeCity, m.SecretariatCity), m.JudgeUserId, m.JudgeName, m.Year, m.CycleName,
        [.. m.Criteria.Select(c => new Criterion(c.Key, c.Name, c.Weight))], m.Judging.FromContract(),
        [.. m.Entries.Select(e => new Domain.AssignedEntry(e.EntryId, e.SolutionId, e.City, e.SolutionTitle, e.SolutionSummary, e.Statement, [.. e.EvidenceTrialIds]))],
        m.Version, m.AssignedAt);

    public static ConflictRuling Ruling(this ConflictRuled m) =>
        new(new AssignmentRef(m.AssignmentId, m.CycleId, m.JudgeId, m.JudgeCity, m.SecretariatCity), m.EntryId, m.DeclaredAt, m.Excluded, m.Reason, m.RuledAt);

    /// <summary>The judge's declaration, to the secretariat only; a judge of the secretariat's city sends nothing.</summary>
    public static void SendDeclared(this IFederatedDbContext db, Assignment a, Guid entryId)
    {
        if (a.SecretariatCity == a.JudgeCity || a.Declaration(entryId) is not { } d) return;
        db.Send(a.SecretariatCity, new ConflictDeclared(a.Id, a.CycleId, a.JudgeId, a.JudgeCity, a.SecretariatCity, d.EntryId,
            d.Kind.ToString().ToLowerInvariant(), d.Note, d.DeclaredAt));
    }

    /// <summary>The judge's whole sheet with its whole history, to the secretariat only.</summary>
    public static void SendSheet(this IFederatedDbContext db, Assignment a, Guid entryId)
    {
        if (a.SecretariatCity == a.JudgeCity || a.Submission(entryId) is not { } s) return;
        db.Send(a.SecretariatCity, new ScoreSubmitted(a.Id, a.CycleId, a.JudgeId, a.JudgeCity, a.SecretariatCity, entryId,
            [.. s.Sheet.Scores.Select(x => new AwardScore(x.CriterionKey, x.Value, x.Comment))], s.Sheet.Sequence, s.Sheet.SubmittedAt,
            [.. s.History.Select(h => new Wire.ScoreChange(h.JudgeId, h.EntryId, h.CriterionKey, h.Old, h.New, h.Comment, h.Sequence, h.At))]));
    }

    public static AssignmentResponse ToJudgeView(this Assignment a, AwardCycle? cycle, DateTimeOffset now) => new(
        a.Id, a.CycleId, a.Year, a.CycleName, a.SecretariatCity, a.JudgeId, a.JudgeCity, a.JudgeName,
        [.. a.Criteria.Select(c => c.ToContract())], a.Judging.ToContract(), Status(a, cycle, now),
        [.. a.Entries.Select(e => new AssignedEntryResponse(
            new Wire.AssignedEntry(e.EntryId, e.SolutionId, e.City, e.SolutionTitle, e.SolutionSummary, e.Statement, e.EvidenceTrialIds),
            a.SheetFor(e.EntryId) is { } s ? new ScoreSheetResponse(a.JudgeId, s.EntryId,
                [.. s.Scores.Select(x => new AwardScore(x.CriterionKey, x.Value, x.Comment))], s.Sequence, s.SubmittedAt,
                a.StandingOf(e.EntryId) == SheetStanding.Counts) : null,
            a.ConflictOn(e.EntryId)?.ToResponse()))],
        a.Version);

    // The judge's city may hold no copy of the cycle's publication; the assignment's own window says the rest.
    private static string Status(Assignment a, AwardCycle? cycle, DateTimeOffset now) =>
        (cycle?.PublishedAt is not null ? CycleStatus.Published
            : now < a.Judging.Opens ? CycleStatus.Assigning
            : now < a.Judging.Closes ? CycleStatus.Judging
            : CycleStatus.Closed).ToString().ToLowerInvariant();
}
