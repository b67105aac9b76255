namespace Federation.Trials.Features.Applications;

/// <summary>What a startup states when it applies: the host city, its solution, and what it proposes to prove.</summary>
/// <param name="SolutionTitle">The listing's title in its languages, as the catalogue held it when the startup applied.</param>
public sealed record ApplicationInput(
    string HostCity,
    Guid SolutionId,
    Guid? ChallengeId,
    string Goals,
    string RequestedSite,
    IReadOnlyList<Kpi> ProposedKpis,
    int DurationMonths,
    decimal CostShare,
    IReadOnlyDictionary<string, string>? SolutionTitle = null)
{
    /// <summary>
    /// Checks the values alone. Whether the solution is the home city's listing and the challenge the
    /// host's is for the caller, which can see the catalogue.
    /// </summary>
    public StepResult Check(string homeCity, TrialRules rules) =>
        string.IsNullOrWhiteSpace(HostCity) ? StepResult.Invalid("hostCity", "A host city is required.", new(FieldCodes.Required))
        : HostCity == homeCity ? StepResult.Invalid("hostCity", "A trial runs in another member city than the applicant's.")
        : SolutionId == Guid.Empty ? StepResult.Invalid("solutionId", "The solution to verify is required.", new(FieldCodes.Required))
        : ChallengeId == Guid.Empty ? StepResult.Invalid("challengeId", "A challenge id, if given, cannot be empty.")
        : string.IsNullOrWhiteSpace(Goals) ? StepResult.Invalid("goals", "The trial's goals are required.", new(FieldCodes.Required))
        : string.IsNullOrWhiteSpace(RequestedSite) ? StepResult.Invalid("requestedSite", "The site asked for is required.")
        : Kpi.Check(ProposedKpis, "proposedKpis")
            .Then(() => rules.CheckDuration(DurationMonths))
            .Then(() => TrialRules.CheckCostShare(CostShare));
}

/// <summary>An application endorsed by its home city: what the home copy sends, targeted, to the host city.</summary>
public sealed record EndorsedApplication(
    Guid TrialId,
    string HomeCity,
    Party Applicant,
    ApplicationInput Application,
    DateTimeOffset SubmittedAt,
    Endorsement Endorsement);
