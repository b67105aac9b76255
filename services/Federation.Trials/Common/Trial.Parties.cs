namespace Federation.Trials.Common;

// Who may take which step, and from which status. Party checks come first so that an outsider
// learns nothing about the trial's state from the answer.
public sealed partial class Trial
{
    private StepResult ByApplicant(Actor by) =>
        Copy != TrialSide.Home ? StepResult.Forbidden($"The applicant's steps are taken at {HomeCity}, the home city.")
        : by.IsStartupOf(HomeCity, Applicant.OrganisationId) ? StepResult.Ok
        : StepResult.Forbidden($"Only {Applicant.Organisation} of {HomeCity}, the applicant, takes this step.");

    private StepResult ByHomeAgency(Actor by) =>
        Copy != TrialSide.Home ? StepResult.Forbidden($"Endorsement is decided at {HomeCity}, the home city.")
        : by.IsAgencyOf(HomeCity) ? StepResult.Ok
        : StepResult.Forbidden($"Only an agency of {HomeCity}, the home city, takes this step.");

    private StepResult ByHostAgency(Actor by) =>
        Copy != TrialSide.Host ? StepResult.Forbidden($"This step is taken at {HostCity}, the host city.")
        : by.IsAgencyOf(HostCity) ? StepResult.Ok
        : StepResult.Forbidden($"Only an agency of {HostCity}, the host city, takes this step.");

    private StepResult CanMove(TrialStatus to, params TrialStatus[] from) =>
        from.Contains(Status) ? StepResult.Ok : StepResult.Conflict($"The trial is {Status}; it cannot become {to}.");

    private StepResult While(TrialStatus[] statuses, string step) =>
        statuses.Contains(Status) ? StepResult.Ok
        : StepResult.Conflict($"The trial is {Status}; it can {step} only while {string.Join(" or ", statuses)}.");

    private StepResult OnHomeCopy(string decision) =>
        Copy == TrialSide.Home ? StepResult.Ok : StepResult.Conflict($"{decision} is the host's own decision; only the home copy applies it.");

    private StepResult OnHostCopy(string step) =>
        Copy == TrialSide.Host ? StepResult.Ok : StepResult.Conflict($"{step} is taken at home; only the host copy applies it.");

    private static StepResult Required(string? value, string field, string reason) =>
        string.IsNullOrWhiteSpace(value) ? StepResult.Invalid(field, reason, new(FieldCodes.Required)) : StepResult.Ok;
}
