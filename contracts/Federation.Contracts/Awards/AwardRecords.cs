namespace Federation.Contracts.Awards;

/// <summary>A criterion entries are scored on, and its weight in the entry's score.</summary>
/// <param name="Key">Lower-case letters, digits and hyphens, unique in the cycle: <c>cross-domain</c>.</param>
/// <param name="Weight">A whole percentage; a cycle's weights sum to 100.</param>
public record AwardCriterion(string Key, string Name, decimal Weight);

/// <summary>A period, open from <paramref name="Opens"/> (inclusive) until <paramref name="Closes"/> (exclusive).</summary>
public record AwardWindow(DateTimeOffset Opens, DateTimeOffset Closes);

/// <summary>How a cycle orders entries with the same score.</summary>
/// <param name="Rule">One of <see cref="AwardVocabulary.TieBreakRules"/>.</param>
/// <param name="Criterion">The criterion's key when <paramref name="Rule"/> is <c>criterion</c>; null otherwise.</param>
public record AwardTieBreak(string Rule, string? Criterion);

/// <summary>
/// A cycle as the secretariat opened it: everything a city needs to take nominations for it and to show it.
/// </summary>
/// <param name="SecretariatCity">The city whose node runs the cycle; entries, enrolments and scores go there only.</param>
/// <param name="Labels">The awards given, such as <c>Winner</c> or <c>Most Promising City Project</c>; each goes to at least one entry.</param>
/// <param name="Finalists">How many entries the secretariat shortlists, at most.</param>
/// <param name="Winners">How many entries win, at most; at least one per label.</param>
/// <param name="NormaliseScores">Each judge's scores are turned into z-scores against that judge's own mean and spread before averaging.</param>
/// <param name="RequiresVerifiedTrial">An entry cites at least one verified inter-city trial of its solution.</param>
public record AwardCycleDefinition(
    Guid CycleId,
    string SecretariatCity,
    int Year,
    string Name,
    IReadOnlyList<string> Labels,
    IReadOnlyList<AwardCriterion> Criteria,
    AwardWindow Nomination,
    AwardWindow Judging,
    int Finalists,
    int Winners,
    bool NormaliseScores,
    AwardTieBreak TieBreak,
    bool RequiresVerifiedTrial,
    DateTimeOffset OpenedAt)
{
    /// <summary>
    /// The name in the network's other languages, keyed by BCP 47 tag (zh-TW, ko...); <see cref="Name"/> stays
    /// the English one. Added later, so optional: null from a city of an earlier release.
    /// </summary>
    public IReadOnlyDictionary<string, string>? NameTranslations { get; init; }

    /// <summary>
    /// Each label in the network's other languages: keyed by the label as <see cref="Labels"/> spells it, then by
    /// BCP 47 tag. A label absent here is shown as spelt. Added later, so optional.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? LabelNames { get; init; }
}

/// <summary>
/// A nominated entry, whole: what the nominating city sends the secretariat, so that the secretariat's copy
/// needs nothing else. The solution's title and summary are as the catalogue held them when it was nominated.
/// </summary>
/// <param name="City">The nominating city, which owns the solution.</param>
/// <param name="SolutionTitle">The listing's title in every language it has, keyed by BCP 47 tag.</param>
/// <param name="SolutionSummary">The listing's summary in every language it has, keyed by BCP 47 tag.</param>
/// <param name="EvidenceTrialIds">Verified inter-city trials of the solution the entry cites.</param>
/// <param name="ApplicantOrganisation">The startup that applied, when the entry came through the startup path.</param>
/// <param name="NominatingAgency">The agency that nominated or endorsed the entry.</param>
/// <param name="NominatedAt">When it became a nomination (the earliest-entry tie-break orders by it).</param>
public record AwardEntry(
    Guid EntryId,
    Guid CycleId,
    string City,
    Guid SolutionId,
    IReadOnlyDictionary<string, string> SolutionTitle,
    IReadOnlyDictionary<string, string> SolutionSummary,
    IReadOnlyList<Guid> EvidenceTrialIds,
    string Statement,
    string? ApplicantOrganisation,
    string NominatingAgency,
    DateTimeOffset NominatedAt);

/// <summary>One entry as a judge receives it: enough to score it without asking any other city.</summary>
public record AssignedEntry(
    Guid EntryId,
    Guid SolutionId,
    string City,
    IReadOnlyDictionary<string, string> SolutionTitle,
    IReadOnlyDictionary<string, string> SolutionSummary,
    string Statement,
    IReadOnlyList<Guid> EvidenceTrialIds);

/// <summary>A judge's score of an entry on one criterion.</summary>
/// <param name="Criterion">The criterion's key.</param>
/// <param name="Value">From 0 to 10, with at most one decimal.</param>
public record AwardScore(string Criterion, decimal Value, string? Comment);

/// <summary>
/// One line of the scoring audit log: a judge set or changed one criterion's score of one entry.
/// </summary>
/// <param name="Old">The value before; null when the criterion was scored for the first time.</param>
/// <param name="Sequence">The sheet's sequence number that made the change.</param>
public record ScoreChange(
    Guid JudgeId,
    Guid EntryId,
    string Criterion,
    decimal? Old,
    decimal New,
    string? Comment,
    int Sequence,
    DateTimeOffset At);

/// <summary>A shortlisted entry, as the results show it.</summary>
public record AwardFinalist(Guid EntryId, Guid SolutionId, string City, IReadOnlyDictionary<string, string> SolutionTitle);

/// <summary>An award given: one label to one entry.</summary>
public record AwardWinner(
    string Label,
    Guid EntryId,
    Guid SolutionId,
    string City,
    IReadOnlyDictionary<string, string> SolutionTitle);

/// <summary>The secretariat's choice of a winner, with why it departs from the ranking when it does.</summary>
/// <param name="FollowsRanking">The entry was the highest-ranked finalist not yet chosen.</param>
/// <param name="Reason">Required when <paramref name="FollowsRanking"/> is false.</param>
public record AwardWinnerChoice(string Label, Guid EntryId, bool FollowsRanking, string? Reason);
