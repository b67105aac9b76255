namespace Federation.Trials.Domain;

// Who may take which step, and from which status. Party checks come first so that an outsider
// learns nothing about the trial's state from the answer.
public sealed partial class Trial
{
    private TrialResult ByApplicant(Actor by) =>
        Copy != TrialSide.Home ? TrialResult.Forbidden($"The applicant's steps are taken at {HomeCity}, the home city.")
        : by.IsStartupOf(HomeCity, Applicant.Organisation) ? TrialResult.Ok
        : TrialResult.Forbidden($"Only {Applicant.Organisation} of {HomeCity}, the applicant, takes this step.");

    private TrialResult ByHomeAgency(Actor by) =>
        Copy != TrialSide.Home ? TrialResult.Forbidden($"Endorsement is decided at {HomeCity}, the home city.")
        : by.IsAgencyOf(HomeCity) ? TrialResult.Ok
        : TrialResult.Forbidden($"Only an agency of {HomeCity}, the home city, takes this step.");

    private TrialResult ByHostAgency(Actor by) =>
        Copy != TrialSide.Host ? TrialResult.Forbidden($"This step is taken at {HostCity}, the host city.")
        : by.IsAgencyOf(HostCity) ? TrialResult.Ok
        : TrialResult.Forbidden($"Only an agency of {HostCity}, the host city, takes this step.");

    private TrialResult CanMove(TrialStatus to, params TrialStatus[] from) =>
        from.Contains(Status) ? TrialResult.Ok : TrialResult.Conflict($"The trial is {Status}; it cannot become {to}.");

    private TrialResult While(TrialStatus[] statuses, string step) =>
        statuses.Contains(Status) ? TrialResult.Ok
        : TrialResult.Conflict($"The trial is {Status}; it can {step} only while {string.Join(" or ", statuses)}.");

    private TrialResult OnHomeCopy(string decision) =>
        Copy == TrialSide.Home ? TrialResult.Ok : TrialResult.Conflict($"{decision} is the host's own decision; only the home copy applies it.");

    private TrialResult OnHostCopy(string step) =>
        Copy == TrialSide.Host ? TrialResult.Ok : TrialResult.Conflict($"{step} is taken at home; only the host copy applies it.");

    private static TrialResult Required(string? value, string field, string reason) =>
        string.IsNullOrWhiteSpace(value) ? TrialResult.Invalid(field, reason) : TrialResult.Ok;
}
