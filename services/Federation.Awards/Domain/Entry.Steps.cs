namespace Federation.Awards.Domain;

// The nominating city's steps after the entry is made, and the secretariat's copy hearing of them.
public sealed partial class Entry
{
    /// <summary>The home agency makes a startup's application its nomination, while nominations are open.</summary>
    public StepResult Endorse(Actor by, AwardCycle cycle, DateTimeOffset now, string? note = null)
    {
        var check = ByHomeAgency(by).Then(() => CanMove(EntryStatus.Nominated, EntryStatus.Applied))
            .Then(() => OfCycle(cycle)).Then(cycle.NotPublished).Then(() => cycle.Nomination.Require(now, "Nomination"));
        if (!check.Succeeded) return check;
        (Status, NominatingAgency, EndorsementNote, NominatedAt, UpdatedAt) = (EntryStatus.Nominated, by.Organisation, note, now, now);
        return check;
    }

    public StepResult Decline(Actor by, string reason, DateTimeOffset now)
    {
        var check = ByHomeAgency(by).Then(() => CanMove(EntryStatus.Declined, EntryStatus.Applied))
            .Then(() => StepResult.Required(reason, "reason", "A decline says why."));
        if (!check.Succeeded) return check;
        (Status, Declination, UpdatedAt) = (EntryStatus.Declined, new Declination(by.AsParty(), now, reason.Trim()), now);
        return check;
    }

    /// <summary>The home agency, or the startup that applied, takes the entry out of the cycle before judging opens.</summary>
    public StepResult Withdraw(Actor by, AwardCycle cycle, DateTimeOffset now, string? reason = null)
    {
        var check = ByHomeAgencyOrApplicant(by).Then(() => CanMove(EntryStatus.Withdrawn, EntryStatus.Applied, EntryStatus.Nominated))
            .Then(() => OfCycle(cycle))
            .Then(() => now >= cycle.Judging.Opens ? StepResult.Conflict($"Entries are withdrawn before judging opens at {cycle.Judging.Opens:O}.") : StepResult.Ok);
        if (!check.Succeeded) return check;
        (Status, Withdrawal, UpdatedAt) = (EntryStatus.Withdrawn, new Withdrawal(now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()), now);
        return check;
    }

    /// <summary>The entry heard again: unchanged when it is the one held.</summary>
    public StepResult ApplySubmission(EntrySubmission submission) =>
        (submission.EntryId, submission.City) != (Id, City) ? StepResult.Forbidden($"The message is about entry {submission.EntryId} of {submission.City}, not this one.")
        : submission == ToSubmission() ? StepResult.Unchanged
        : StepResult.Conflict("The entry is held with other values.");

    /// <summary>The secretariat's copy hears that the nominating city withdrew the entry.</summary>
    public StepResult ApplyWithdrawal(Withdrawal withdrawal)
    {
        if (Status == EntryStatus.Withdrawn) return StepResult.Unchanged;
        if (IsHomeCopy) return StepResult.Conflict($"A withdrawal is taken at {City}; only the secretariat's copy applies it.");
        (Status, Withdrawal, UpdatedAt) = (EntryStatus.Withdrawn, withdrawal, withdrawal.At);
        return StepResult.Ok;
    }

    private StepResult ByHomeAgency(Actor by) =>
        !IsHomeCopy ? StepResult.Forbidden($"This step is taken at {City}, the nominating city.")
        : by.IsAgencyOf(City) ? StepResult.Ok
        : StepResult.Forbidden($"Only an agency of {City} takes this step.");

    private StepResult ByHomeAgencyOrApplicant(Actor by) =>
        !IsHomeCopy ? StepResult.Forbidden($"This step is taken at {City}, the nominating city.")
        : by.IsAgencyOf(City) || by.IsStartupOf(City, ApplicantOrganisationId) ? StepResult.Ok
        : StepResult.Forbidden($"Only an agency of {City} or the startup that applied takes this step.");

    private StepResult CanMove(EntryStatus to, params EntryStatus[] from) =>
        from.Contains(Status) ? StepResult.Ok : StepResult.Conflict($"The entry is {Status}; it cannot become {to}.");

    private StepResult OfCycle(AwardCycle cycle) =>
        cycle.Id == CycleId ? StepResult.Ok : StepResult.Invalid("cycleId", $"The entry is in cycle {CycleId}, not {cycle.Id}.");
}
