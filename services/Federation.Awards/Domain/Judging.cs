namespace Federation.Awards.Domain;

/// <summary>Which assignment a message is about, and the cities a receiver checks its sender against.</summary>
public sealed record AssignmentRef(Guid AssignmentId, Guid CycleId, Guid JudgeId, string JudgeCity, string SecretariatCity);

/// <summary>An entry as a judge receives it: enough to score it without asking any other city.</summary>
public sealed record AssignedEntry(
    Guid EntryId,
    Guid SolutionId,
    string City,
    IReadOnlyDictionary<string, string> SolutionTitle,
    IReadOnlyDictionary<string, string> SolutionSummary,
    string Statement,
    IReadOnlyList<Guid> EvidenceTrialIds)
{
    public static AssignedEntry Of(Entry e) =>
        new(e.Id, e.SolutionId, e.City, e.SolutionTitle, e.SolutionSummary, e.Statement, [.. e.EvidenceTrialIds]);
}

/// <summary>A judge's assignment, whole: what the secretariat sends, targeted, to the judge's city on every change.</summary>
public sealed record AssignmentSnapshot(
    AssignmentRef Ref,
    string JudgeUserId,
    string JudgeName,
    int Year,
    string CycleName,
    IReadOnlyList<Criterion> Criteria,
    Window Judging,
    IReadOnlyList<AssignedEntry> Entries,
    long Version,
    DateTimeOffset At);

public enum ConflictKind
{
    /// <summary>The judge must recuse: no score of theirs on the entry counts, and they may not score it.</summary>
    Real,

    /// <summary>Disclosed; counted unless the secretariat excludes it.</summary>
    Apparent,

    /// <summary>Disclosed; counted unless the secretariat excludes it.</summary>
    Potential,
}

/// <summary>A judge's declared conflict of interest on one entry, and the secretariat's ruling on a disclosed one.</summary>
public sealed record DeclaredConflict(
    Guid EntryId,
    ConflictKind Kind,
    string Note,
    DateTimeOffset DeclaredAt,
    bool Excluded = false,
    string? RulingReason = null,
    DateTimeOffset? RuledAt = null)
{
    public bool Recused => Kind == ConflictKind.Real;
}

/// <summary>The judge's city tells the secretariat of a declared conflict.</summary>
public sealed record ConflictDeclaration(AssignmentRef Ref, Guid EntryId, ConflictKind Kind, string Note, DateTimeOffset DeclaredAt);

/// <summary>The secretariat tells the judge's city whether a disclosed conflict excludes the judge's scores.</summary>
public sealed record ConflictRuling(AssignmentRef Ref, Guid EntryId, DateTimeOffset DeclaredAt, bool Excluded, string? Reason, DateTimeOffset RuledAt);

/// <summary>A judge's score of an entry on one criterion: 0 to 10 with at most one decimal, and an optional comment.</summary>
public sealed record Score(string CriterionKey, decimal Value, string? Comment = null);

/// <summary>A judge's scores of one entry, as of its latest change.</summary>
/// <param name="Sequence">1 for the first submission, one more for every change.</param>
public sealed record JudgeSheet(Guid EntryId, IReadOnlyList<Score> Scores, int Sequence, DateTimeOffset SubmittedAt)
{
    public Score? On(string criterionKey) => Scores.FirstOrDefault(s => s.CriterionKey == criterionKey);

    public bool Equals(JudgeSheet? other) =>
        other is not null && (EntryId, Sequence, SubmittedAt) == (other.EntryId, other.Sequence, other.SubmittedAt) && Scores.SequenceEqual(other.Scores);

    public override int GetHashCode() => HashCode.Combine(EntryId, Sequence, SubmittedAt);
}

/// <summary>One line of the scoring audit log: a criterion scored for the first time (no old value) or changed.</summary>
public sealed record ScoreChange(
    Guid JudgeId,
    Guid EntryId,
    string CriterionKey,
    decimal? Old,
    decimal New,
    string? Comment,
    int Sequence,
    DateTimeOffset At);

/// <summary>A judge's sheet with its whole audit history: what the judge's city sends, targeted, to the secretariat.</summary>
public sealed record SheetSubmission(AssignmentRef Ref, JudgeSheet Sheet, IReadOnlyList<ScoreChange> History);

/// <summary>Whether a judge's scores of an assigned entry count in the ranking, and if not, why.</summary>
public enum SheetStanding
{
    Counts,

    /// <summary>The judge declared a real conflict.</summary>
    Recused,

    /// <summary>The secretariat excluded the judge's scores for a disclosed conflict.</summary>
    Excluded,

    /// <summary>The judge has not scored the entry.</summary>
    Missing,
}
