using Federation.Contracts.Messaging;

namespace Federation.Contracts.Awards;

// The secretariat's node runs the cycle. Every message names the cities a receiver checks the sender
// against: a nominating city or a judge's city sends to SecretariatCity only; the secretariat sends an
// assignment to JudgeCity only. The call and the results are broadcast. A city that is itself the
// secretariat's holds one copy and sends itself nothing.

/// <summary>Broadcast by the secretariat: a cycle is open, sent whole, so every city can take nominations for it.</summary>
public record AwardCycleOpened(AwardCycleDefinition Cycle);

/// <summary>Targeted, nominating city to secretariat: a nominated entry, whole.</summary>
/// <param name="City">The nominating city; the same as <c>Entry.City</c>.</param>
[Targeted]
public record AwardEntrySubmitted(Guid EntryId, Guid CycleId, string City, string SecretariatCity, AwardEntry Entry);

/// <summary>Targeted, nominating city to secretariat: a nominated entry left the cycle before judging opened.</summary>
[Targeted]
public record AwardEntryWithdrawn(
    Guid EntryId,
    Guid CycleId,
    string City,
    string SecretariatCity,
    string? Reason,
    DateTimeOffset WithdrawnAt);

/// <summary>Targeted, judge's city to secretariat: an agency enrolled one of its city's users as a judge.</summary>
/// <param name="City">The judge's city, whose agency enrolled them.</param>
/// <param name="UserId">The judge's user id on <paramref name="City"/>'s node: who may score there.</param>
[Targeted]
public record JudgeEnrolled(
    Guid JudgeId,
    string City,
    string SecretariatCity,
    string UserId,
    string UserName,
    string DisplayName,
    string Organisation,
    IReadOnlyList<string> Expertise,
    string EnrolledBy,
    DateTimeOffset EnrolledAt);

/// <summary>
/// Targeted, secretariat to the judge's city: the judge's assignment on a cycle, whole (the cycle's
/// criteria and judging window and every entry assigned). Sent again on every change with a higher
/// <paramref name="Version"/>; the judge's city keeps the highest, so an entry taken away is simply absent.
/// </summary>
[Targeted]
public record JudgeAssigned(
    Guid AssignmentId,
    Guid CycleId,
    Guid JudgeId,
    string JudgeCity,
    string SecretariatCity,
    string JudgeUserId,
    string JudgeName,
    int Year,
    string CycleName,
    IReadOnlyList<AwardCriterion> Criteria,
    AwardWindow Judging,
    IReadOnlyList<AssignedEntry> Entries,
    long Version,
    DateTimeOffset AssignedAt);

/// <summary>Targeted, judge's city to secretariat: the judge declared a conflict of interest on an assigned entry.</summary>
/// <param name="Kind">One of <see cref="AwardVocabulary.ConflictKinds"/>; a later declaration raising it to real replaces it.</param>
[Targeted]
public record ConflictDeclared(
    Guid AssignmentId,
    Guid CycleId,
    Guid JudgeId,
    string JudgeCity,
    string SecretariatCity,
    Guid EntryId,
    string Kind,
    string Note,
    DateTimeOffset DeclaredAt);

/// <summary>
/// Targeted, secretariat to the judge's city: whether the judge's scores of the entry are excluded despite
/// the disclosed conflict declared at <paramref name="DeclaredAt"/>.
/// </summary>
[Targeted]
public record ConflictRuled(
    Guid AssignmentId,
    Guid CycleId,
    Guid JudgeId,
    string JudgeCity,
    string SecretariatCity,
    Guid EntryId,
    DateTimeOffset DeclaredAt,
    bool Excluded,
    string? Reason,
    DateTimeOffset RuledAt);

/// <summary>
/// Targeted, judge's city to secretariat: a judge's whole sheet for one entry, with the sheet's whole audit
/// history. The secretariat keeps the highest <paramref name="Sequence"/>; an older sheet arriving late changes nothing.
/// </summary>
[Targeted]
public record ScoreSubmitted(
    Guid AssignmentId,
    Guid CycleId,
    Guid JudgeId,
    string JudgeCity,
    string SecretariatCity,
    Guid EntryId,
    IReadOnlyList<AwardScore> Scores,
    int Sequence,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<ScoreChange> History);

/// <summary>
/// Broadcast by the secretariat: a cycle's results. Every city shows them, and its catalogue shows the
/// award on each winning solution.
/// </summary>
public record AwardResultsPublished(
    Guid CycleId,
    string SecretariatCity,
    int Year,
    string Name,
    IReadOnlyList<AwardWinner> Winners,
    IReadOnlyList<AwardFinalist> Finalists,
    string? Announcement,
    DateTimeOffset PublishedAt)
{
    /// <summary>The cycle's name in other languages, as in <see cref="AwardCycleDefinition.NameTranslations"/>. Added later, so optional.</summary>
    public IReadOnlyDictionary<string, string>? NameTranslations { get; init; }

    /// <summary>The labels in other languages, as in <see cref="AwardCycleDefinition.LabelNames"/>. Added later, so optional.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? LabelNames { get; init; }

    /// <summary>The announcement in other languages, keyed by BCP 47 tag; <see cref="Announcement"/> stays the English one. Added later, so optional.</summary>
    public IReadOnlyDictionary<string, string>? AnnouncementTranslations { get; init; }
}

/// <summary>
/// Broadcast by the secretariat: a cycle's windows moved. Every city updates its copy of the cycle and the
/// judging window of the assignments of the cycle it holds; an older schedule arriving late changes nothing.
/// </summary>
public record AwardCycleRescheduled(
    Guid CycleId,
    string SecretariatCity,
    AwardWindow Nomination,
    AwardWindow Judging,
    DateTimeOffset RescheduledAt);
