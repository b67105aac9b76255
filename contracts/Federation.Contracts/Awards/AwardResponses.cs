namespace Federation.Contracts.Awards;

/// <summary>
/// A cycle as a node serves it. Every city holds a copy from the broadcast call; only the secretariat's copy
/// holds the shortlist and the winner choices before publication.
/// </summary>
/// <param name="Status">One of <see cref="AwardVocabulary.CycleStatuses"/>, as of the time of the answer.</param>
/// <param name="Finalists">The shortlist; empty before it is made (and, outside the secretariat, before publication).</param>
/// <param name="Winners">The secretariat's choices with their reasons; empty elsewhere and before they are made.</param>
public record CycleResponse(
    Guid Id,
    string SecretariatCity,
    int Year,
    string Name,
    IReadOnlyList<string> Labels,
    IReadOnlyList<AwardCriterion> Criteria,
    AwardWindow Nomination,
    AwardWindow Judging,
    int FinalistCount,
    int WinnerCount,
    bool NormaliseScores,
    AwardTieBreak TieBreak,
    bool RequiresVerifiedTrial,
    string Status,
    IReadOnlyList<AwardFinalist> Finalists,
    IReadOnlyList<AwardWinnerChoice> Winners,
    DateTimeOffset OpenedAt,
    DateTimeOffset? PublishedAt)
{
    /// <summary>The name in other languages, keyed by BCP 47 tag; <see cref="Name"/> is the English one. Empty when none were given.</summary>
    public IReadOnlyDictionary<string, string> NameTranslations { get; init; } = new Dictionary<string, string>();

    /// <summary>Labels in other languages, keyed by label, then by BCP 47 tag. Empty when none were given.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> LabelNames { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The announcement in other languages, keyed by BCP 47 tag. Empty when none were given.</summary>
    public IReadOnlyDictionary<string, string> AnnouncementTranslations { get; init; } = new Dictionary<string, string>();
}

/// <summary>An entry as the nominating city or the secretariat serves it.</summary>
/// <param name="City">The nominating city, which owns the solution.</param>
/// <param name="Status">One of <see cref="AwardVocabulary.EntryStatuses"/>.</param>
/// <param name="Reason">Why it was declined or withdrawn.</param>
public record EntryResponse(
    Guid Id,
    Guid CycleId,
    string City,
    Guid SolutionId,
    IReadOnlyDictionary<string, string> SolutionTitle,
    IReadOnlyDictionary<string, string> SolutionSummary,
    IReadOnlyList<Guid> EvidenceTrialIds,
    string Statement,
    string? ApplicantOrganisation,
    string? NominatingAgency,
    string Status,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NominatedAt,
    DateTimeOffset? WithdrawnAt);

/// <summary>An enrolled judge, as the judge's city and the secretariat hold them.</summary>
/// <param name="EnrolledBy">The organisation of the agency that enrolled the judge.</param>
public record JudgeResponse(
    Guid Id,
    string City,
    string UserName,
    string DisplayName,
    string Organisation,
    IReadOnlyList<string> Expertise,
    string EnrolledBy,
    DateTimeOffset EnrolledAt);

/// <summary>A declared conflict of interest and what it does to the judge's scores of the entry.</summary>
/// <param name="Kind">One of <see cref="AwardVocabulary.ConflictKinds"/>.</param>
/// <param name="Recused">A real conflict: the judge may not score the entry and no score of theirs counts.</param>
/// <param name="Excluded">The secretariat excluded the judge's scores of the entry despite a disclosed conflict.</param>
public record ConflictResponse(
    Guid EntryId,
    string Kind,
    string Note,
    DateTimeOffset DeclaredAt,
    bool Recused,
    bool Excluded,
    string? ExclusionReason);

/// <summary>A judge's scores of one entry.</summary>
/// <param name="Sequence">Increases with every change; the secretariat keeps the highest it has heard.</param>
/// <param name="Counts">The sheet counts in the ranking: the judge is neither recused nor excluded from the entry.</param>
public record ScoreSheetResponse(
    Guid JudgeId,
    Guid EntryId,
    IReadOnlyList<AwardScore> Scores,
    int Sequence,
    DateTimeOffset SubmittedAt,
    bool Counts);

/// <summary>One assigned entry with what the judge has done about it.</summary>
public record AssignedEntryResponse(AssignedEntry Entry, ScoreSheetResponse? Sheet, ConflictResponse? Conflict);

/// <summary>
/// What a judge sees on their own city's node (and the secretariat on its own): the cycle's criteria and
/// judging window, the entries assigned, the judge's scores and conflicts.
/// </summary>
/// <param name="Status">One of <see cref="AwardVocabulary.CycleStatuses"/>, as of the time of the answer.</param>
/// <param name="Version">Increases with every change the secretariat makes to the assignment.</param>
public record AssignmentResponse(
    Guid Id,
    Guid CycleId,
    int Year,
    string CycleName,
    string SecretariatCity,
    Guid JudgeId,
    string JudgeCity,
    string JudgeName,
    IReadOnlyList<AwardCriterion> Criteria,
    AwardWindow Judging,
    string Status,
    IReadOnlyList<AssignedEntryResponse> Entries,
    long Version);

/// <summary>A criterion's average over the sheets that count.</summary>
/// <param name="Average">Null when no counting sheet scores the criterion.</param>
public record CriterionAverage(string Criterion, decimal? Average);

/// <summary>One entry's place in the ranking.</summary>
/// <param name="Score">The weighted average on the 0-10 scale (mapped back from z-scores when normalised); null with no counting sheet.</param>
/// <param name="CountingSheets">Judges whose scores count.</param>
/// <param name="Recused">Judges recused by a real conflict.</param>
/// <param name="Excluded">Judges whose disclosed conflict the secretariat excluded.</param>
/// <param name="Missing">Assigned judges, neither recused nor excluded, who have not scored it.</param>
/// <param name="Tied">The score equals another entry's; the cycle's tie-break rule ordered them.</param>
public record RankedEntryResponse(
    int Rank,
    Guid EntryId,
    Guid SolutionId,
    string City,
    IReadOnlyDictionary<string, string> SolutionTitle,
    decimal? Score,
    int CountingSheets,
    int Recused,
    int Excluded,
    int Missing,
    IReadOnlyList<CriterionAverage> Criteria,
    bool Tied);

/// <summary>The secretariat's ranking of a cycle's nominated entries, best first.</summary>
public record RankingResponse(
    Guid CycleId,
    bool Normalised,
    AwardTieBreak TieBreak,
    IReadOnlyList<RankedEntryResponse> Entries,
    DateTimeOffset ComputedAt);

/// <summary>A published cycle's results, as every city's node serves them.</summary>
public record ResultsResponse(
    Guid CycleId,
    string SecretariatCity,
    int Year,
    string Name,
    IReadOnlyList<AwardWinner> Winners,
    IReadOnlyList<AwardFinalist> Finalists,
    string? Announcement,
    DateTimeOffset PublishedAt)
{
    /// <summary>The name in other languages, keyed by BCP 47 tag; <see cref="Name"/> is the English one. Empty when none were given.</summary>
    public IReadOnlyDictionary<string, string> NameTranslations { get; init; } = new Dictionary<string, string>();

    /// <summary>Labels in other languages, keyed by label, then by BCP 47 tag. Empty when none were given.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> LabelNames { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The announcement in other languages, keyed by BCP 47 tag. Empty when none were given.</summary>
    public IReadOnlyDictionary<string, string> AnnouncementTranslations { get; init; } = new Dictionary<string, string>();
}

/// <summary>One judge's progress on one assigned entry: scored (how many criteria), recused, excluded or missing.</summary>
public record EntryProgress(Guid EntryId, string City, string Standing, int CriteriaScored, DateTimeOffset? SubmittedAt)
{
    /// <summary>The judge's declared conflict on this entry (kind, note, ruling), so the secretariat can rule on it; added later, so optional.</summary>
    public ConflictResponse? Conflict { get; init; }
}

/// <summary>A judge on the cycle's panel and how far they have scored.</summary>
public record JudgeProgress(Guid AssignmentId, Guid JudgeId, string JudgeCity, string JudgeName, int Assigned, int Scored, IReadOnlyList<EntryProgress> Entries);

/// <summary>The scoring progress of a cycle, per judge and entry.</summary>
public record ProgressResponse(Guid CycleId, string Status, int Sheets, int SheetsScored, IReadOnlyList<JudgeProgress> Judges);
