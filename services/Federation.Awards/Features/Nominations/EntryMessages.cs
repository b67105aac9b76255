namespace Federation.Awards.Features.Nominations;

/// <summary>
/// What the nominating city tells the secretariat, and only it: a nominated entry, whole, and its withdrawal.
/// A city that hosts the secretariat holds one copy and sends itself nothing.
/// </summary>
public static class EntryMessages
{
    public static void SendNominated(this IFederatedDbContext db, Entry e)
    {
        if (e.SecretariatCity == e.City || e.ToSubmission() is not { } s) return;
        db.Send(e.SecretariatCity, new AwardEntrySubmitted(e.Id, e.CycleId, e.City, e.SecretariatCity, new AwardEntry(
            s.EntryId, s.CycleId, s.City, s.SolutionId, s.SolutionTitle, s.SolutionSummary, s.EvidenceTrialIds, s.Statement,
            s.ApplicantOrganisation, s.NominatingAgency, s.NominatedAt)));
    }

    /// <summary>Only an entry the secretariat has heard of (a nominated one) needs withdrawing there.</summary>
    public static void SendWithdrawnIfSent(this IFederatedDbContext db, Entry e)
    {
        if (e.SecretariatCity == e.City || e.NominatedAt is null || e.Withdrawal is null) return;
        db.Send(e.SecretariatCity, new AwardEntryWithdrawn(e.Id, e.CycleId, e.City, e.SecretariatCity, e.Withdrawal.Reason, e.Withdrawal.At));
    }

    public static EntryResponse ToResponse(this Entry e) => new(
        e.Id, e.CycleId, e.City, e.SolutionId, e.SolutionTitle, e.SolutionSummary, e.EvidenceTrialIds, e.Statement,
        e.ApplicantOrganisation, e.NominatingAgency, e.Status.ToString().ToLowerInvariant(),
        e.Declination?.Reason ?? e.Withdrawal?.Reason, e.CreatedAt, e.NominatedAt, e.Withdrawal?.At);
}
