namespace Federation.Awards.Domain;

public enum EntryStatus
{
    /// <summary>A startup's application, waiting for its home agency; it has not left the city.</summary>
    Applied,

    Declined,

    /// <summary>Nominated by an agency (directly, or by endorsing an application): sent to the secretariat.</summary>
    Nominated,

    Withdrawn,
}

/// <summary>What a nomination or an application states.</summary>
/// <param name="EvidenceTrialIds">Verified inter-city trials of the solution the entry cites.</param>
public sealed record NominationInput(Guid SolutionId, IReadOnlyList<Guid> EvidenceTrialIds, string Statement);

/// <summary>The solution as this city's catalogue lists it.</summary>
/// <param name="ProviderOrganisationId">The organisation that owns the listing; only its people apply with it.</param>
public sealed record ListedSolution(
    Guid Id,
    string City,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Summary,
    Guid? ProviderOrganisationId = null,
    string ProviderName = "");

/// <summary>
/// What the service found out before a nomination: the listing, whether the solution already has a live
/// entry (applied or nominated) in the cycle, and the ids of the verified trials of the solution it knows.
/// </summary>
public sealed record NominationFacts(ListedSolution Solution, bool AlreadyEntered, IReadOnlyCollection<Guid> VerifiedTrials);

public sealed record Declination(Party By, DateTimeOffset At, string Reason);

public sealed record Withdrawal(DateTimeOffset At, string? Reason = null);

/// <summary>A nominated entry, whole: what the nominating city sends, targeted, to the secretariat.</summary>
public sealed record EntrySubmission(
    Guid EntryId,
    Guid CycleId,
    string City,
    string SecretariatCity,
    Guid SolutionId,
    IReadOnlyDictionary<string, string> SolutionTitle,
    IReadOnlyDictionary<string, string> SolutionSummary,
    IReadOnlyList<Guid> EvidenceTrialIds,
    string Statement,
    string? ApplicantOrganisation,
    string NominatingAgency,
    DateTimeOffset NominatedAt)
{
    public bool Equals(EntrySubmission? other) =>
        other is not null
        && (EntryId, CycleId, City, SecretariatCity, SolutionId, Statement, ApplicantOrganisation, NominatingAgency, NominatedAt)
            == (other.EntryId, other.CycleId, other.City, other.SecretariatCity, other.SolutionId, other.Statement, other.ApplicantOrganisation, other.NominatingAgency, other.NominatedAt)
        && Same.Maps(SolutionTitle, other.SolutionTitle) && Same.Maps(SolutionSummary, other.SolutionSummary)
        && EvidenceTrialIds.SequenceEqual(other.EvidenceTrialIds);

    public override int GetHashCode() => HashCode.Combine(EntryId, CycleId, City, NominatedAt);
}
