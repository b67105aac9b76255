namespace Federation.Contracts.Awards;

/// <summary>A criterion of a new cycle.</summary>
/// <param name="Key">Lower-case letters, digits and hyphens, unique in the cycle.</param>
/// <param name="Weight">A whole percentage; the cycle's weights sum to 100.</param>
public record CriterionRequest(string? Key, string? Name, decimal? Weight);

/// <summary>A new cycle's tie-break.</summary>
/// <param name="Rule">One of <see cref="AwardVocabulary.TieBreakRules"/>.</param>
/// <param name="Criterion">The criterion's key; required with the <c>criterion</c> rule, absent with the others.</param>
public record TieBreakRequest(string? Rule, string? Criterion);

/// <summary>
/// Body of POST /api/awards/cycles, on the secretariat's node only: the call for entries, broadcast to every city.
/// </summary>
/// <param name="Labels">The awards given, each to at least one entry.</param>
/// <param name="Criteria">Absent: <see cref="AwardVocabulary.DefaultCriteria"/>.</param>
/// <param name="Finalists">How many entries may be shortlisted; at least <paramref name="Winners"/>.</param>
/// <param name="Winners">How many entries may win; at least one per label.</param>
/// <param name="NormaliseScores">Absent: false.</param>
/// <param name="TieBreak">Absent: the <c>criterion</c> rule on the first criterion of the highest weight.</param>
/// <param name="RequiresVerifiedTrial">Absent: false.</param>
public record OpenCycleRequest(
    int? Year,
    string? Name,
    IReadOnlyList<string>? Labels,
    IReadOnlyList<CriterionRequest>? Criteria,
    DateTimeOffset? NominationOpens,
    DateTimeOffset? NominationCloses,
    DateTimeOffset? JudgingOpens,
    DateTimeOffset? JudgingCloses,
    int? Finalists,
    int? Winners,
    bool? NormaliseScores,
    TieBreakRequest? TieBreak,
    bool? RequiresVerifiedTrial)
{
    /// <summary>The name in other languages, keyed by BCP 47 tag; <c>name</c> is the English one. Absent: none.</summary>
    public IReadOnlyDictionary<string, string>? NameTranslations { get; init; }

    /// <summary>Labels in other languages: keyed by one of <c>labels</c>, then by BCP 47 tag. Absent: none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? LabelNames { get; init; }
}

/// <summary>Body of POST /api/awards/entries: an agency nominates a listed solution of its own city.</summary>
/// <param name="EvidenceTrialIds">Verified inter-city trials of the solution; required when the cycle asks for one.</param>
/// <param name="Statement">Why the solution deserves the award.</param>
public record NominateRequest(Guid? CycleId, Guid? SolutionId, IReadOnlyList<Guid>? EvidenceTrialIds, string? Statement);

/// <summary>
/// Body of POST /api/awards/applications: a startup applies with a listed solution of its city; the entry
/// stays in the city until the city's agency endorses it.
/// </summary>
public record ApplyForNominationRequest(Guid? CycleId, Guid? SolutionId, IReadOnlyList<Guid>? EvidenceTrialIds, string? Statement);

/// <summary>Body of POST /api/awards/entries/{id}/endorse: the home agency makes the application its nomination.</summary>
public record EndorseNominationRequest(string? Note);

/// <summary>Body of POST /api/awards/entries/{id}/decline: the home agency does not nominate the application.</summary>
public record DeclineNominationRequest(string? Reason);

/// <summary>Body of POST /api/awards/entries/{id}/withdraw: the entry leaves the cycle before judging opens.</summary>
public record WithdrawEntryRequest(string? Reason);

/// <summary>Body of POST /api/awards/judges: an agency enrols a judge-role user of its own city.</summary>
/// <param name="UserName">The user's sign-in name on this city's node.</param>
/// <param name="DisplayName">The name shown to the secretariat and in the judging records.</param>
/// <param name="Expertise">Fields the judge knows, such as city domains.</param>
public record EnrolJudgeRequest(string? UserName, string? DisplayName, IReadOnlyList<string>? Expertise);

/// <summary>
/// Body of POST /api/awards/cycles/{id}/assignments, on the secretariat's node: puts an enrolled judge on the
/// cycle's panel, or adds entries to a judge already on it. Never an entry from the judge's own city.
/// </summary>
/// <param name="EntryIds">Entries to add; absent or empty puts the judge on the panel without entries.</param>
public record AssignJudgeRequest(Guid? JudgeId, IReadOnlyList<Guid>? EntryIds);

/// <summary>Body of POST /api/awards/cycles/{id}/assignments/{judgeId}/unassign: entries taken from a judge who has not scored them.</summary>
public record UnassignEntriesRequest(IReadOnlyList<Guid>? EntryIds);

/// <summary>Body of POST /api/awards/assignments/{id}/entries/{entryId}/conflict: the judge declares a conflict of interest.</summary>
/// <param name="Kind">One of <see cref="AwardVocabulary.ConflictKinds"/>.</param>
/// <param name="Note">What the conflict is.</param>
public record DeclareConflictRequest(string? Kind, string? Note);

/// <summary>
/// Body of POST /api/awards/assignments/{id}/entries/{entryId}/exclusion, on the secretariat's node: whether
/// the judge's scores of the entry count despite a disclosed (apparent or potential) conflict.
/// </summary>
/// <param name="Reason">Required when excluding.</param>
public record ExcludeConflictRequest(bool? Exclude, string? Reason);

/// <summary>One criterion's score in a <see cref="ScoreRequest"/>.</summary>
/// <param name="Criterion">The criterion's key.</param>
/// <param name="Value">From 0 to 10, with at most one decimal.</param>
public record ScoreItemRequest(string? Criterion, decimal? Value, string? Comment);

/// <summary>
/// Body of PUT /api/awards/assignments/{id}/entries/{entryId}/scores: the judge sets or changes scores on
/// the criteria named; criteria not named keep their score. Only within the judging window.
/// </summary>
public record ScoreRequest(IReadOnlyList<ScoreItemRequest>? Scores);

/// <summary>Body of POST /api/awards/cycles/{id}/shortlist: the finalists, once judging has closed. Replaces an earlier shortlist.</summary>
public record ShortlistRequest(IReadOnlyList<Guid>? EntryIds);

/// <summary>One award in a <see cref="ChooseWinnersRequest"/>.</summary>
/// <param name="Label">One of the cycle's labels.</param>
/// <param name="EntryId">A finalist.</param>
/// <param name="Reason">Required when the entry is not the highest-ranked finalist not chosen before it.</param>
public record WinnerChoiceRequest(string? Label, Guid? EntryId, string? Reason);

/// <summary>
/// Body of POST /api/awards/cycles/{id}/winners: the winners, in the order they are chosen (the ranking is
/// followed when each is the highest-ranked finalist left). Replaces an earlier choice.
/// </summary>
public record ChooseWinnersRequest(IReadOnlyList<WinnerChoiceRequest>? Winners);

/// <summary>Body of POST /api/awards/cycles/{id}/publish: the results are broadcast, and the cycle no longer changes.</summary>
/// <param name="Announcement">Optional text shown with the results.</param>
public record PublishRequest(string? Announcement)
{
    /// <summary>The announcement in other languages, keyed by BCP 47 tag; <c>announcement</c> is the English one. Absent: none.</summary>
    public IReadOnlyDictionary<string, string>? AnnouncementTranslations { get; init; }
}

/// <summary>Body of POST /api/awards/cycles/{id}/schedule: the windows' new times; absent ones stay.</summary>
public record RescheduleRequest(DateTimeOffset? NominationCloses, DateTimeOffset? JudgingOpens, DateTimeOffset? JudgingCloses);
