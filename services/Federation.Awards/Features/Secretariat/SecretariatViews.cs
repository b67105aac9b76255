using Federation.Awards.Features.Cycles;

namespace Federation.Awards.Features.Secretariat;

public static class SecretariatViews
{
    public static EntryResponse ToResponse(this Entry e) => new(e.Id, e.CycleId, e.City, e.SolutionId, e.SolutionTitle, e.SolutionSummary,
        [.. e.EvidenceTrialIds], e.Statement, e.ApplicantOrganisation, e.NominatingAgency, e.Status.ToString().ToLowerInvariant(),
        e.Withdrawal?.Reason ?? e.Declination?.Reason, e.CreatedAt, e.NominatedAt, e.Withdrawal?.At);

    public static JudgeResponse ToResponse(this Judge j) =>
        new(j.Id, j.City, j.UserName, j.DisplayName, j.Organisation, [.. j.Expertise], j.EnrolledBy, j.EnrolledAt);

    public static AssignmentResponse ToResponse(this Assignment a, AwardCycle cycle, DateTimeOffset now) => new(
        a.Id, a.CycleId, a.Year, a.CycleName, a.SecretariatCity, a.JudgeId, a.JudgeCity, a.JudgeName,
        [.. a.Criteria.Select(c => c.ToContract())], a.Judging.ToContract(), cycle.StatusAt(now).ToString().ToLowerInvariant(),
        [.. a.Entries.Select(e => new AssignedEntryResponse(
            new Federation.Contracts.Awards.AssignedEntry(e.EntryId, e.SolutionId, e.City, e.SolutionTitle, e.SolutionSummary, e.Statement, e.EvidenceTrialIds),
            a.SheetFor(e.EntryId) is { } s ? new ScoreSheetResponse(a.JudgeId, s.EntryId, [.. s.Scores.Select(x => new AwardScore(x.CriterionKey, x.Value, x.Comment))],
                s.Sequence, s.SubmittedAt, a.StandingOf(e.EntryId) == SheetStanding.Counts) : null,
            a.ConflictOn(e.EntryId)?.ToResponse()))],
        a.Version);

    public static ConflictResponse ToResponse(this DeclaredConflict c) =>
        new(c.EntryId, c.Kind.ToString().ToLowerInvariant(), c.Note, c.DeclaredAt, c.Recused, c.Excluded, c.RulingReason);

    public static ProgressResponse Progress(AwardCycle cycle, IReadOnlyList<Assignment> assignments, DateTimeOffset now)
    {
        var judges = assignments.OrderBy(a => a.JudgeName, StringComparer.Ordinal).Select(a =>
        {
            var entries = a.Entries.Select(e => new EntryProgress(e.EntryId, e.City, a.StandingOf(e.EntryId).ToString().ToLowerInvariant(),
                a.SheetFor(e.EntryId)?.Scores.Count ?? 0, a.SheetFor(e.EntryId)?.SubmittedAt) { Conflict = a.ConflictOn(e.EntryId)?.ToResponse() }).ToList();
            return new JudgeProgress(a.Id, a.JudgeId, a.JudgeCity, a.JudgeName, entries.Count,
                entries.Count(e => e.CriteriaScored == a.Criteria.Count), entries);
        }).ToList();
        return new ProgressResponse(cycle.Id, cycle.StatusAt(now).ToString().ToLowerInvariant(), judges.Sum(j => j.Assigned), judges.Sum(j => j.Scored), judges);
    }
}
