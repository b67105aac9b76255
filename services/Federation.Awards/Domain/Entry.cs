namespace Federation.Awards.Domain;

/// <summary>
/// A solution entered in a cycle, as one city holds it. The nominating city's copy (where its agency
/// nominates, or a startup applies and the agency endorses) and the secretariat's copy share the id; an
/// entry reaches the secretariat once nominated, and nothing of an application leaves the city before.
/// </summary>
public sealed partial class Entry
{
    public Guid Id { get; private set; }
    public Guid CycleId { get; private set; }
    public string City { get; private set; } = "";
    public string SecretariatCity { get; private set; } = "";
    public string HeldAt { get; private set; } = "";
    public Guid SolutionId { get; private set; }
    public Dictionary<string, string> SolutionTitle { get; private set; } = [];
    public Dictionary<string, string> SolutionSummary { get; private set; } = [];
    public List<Guid> EvidenceTrialIds { get; private set; } = [];
    public string Statement { get; private set; } = "";
    public EntryStatus Status { get; private set; }
    public string? ApplicantOrganisation { get; private set; }
    /// <summary>The applicant's organisation in the city's directory: whose people may withdraw; only on the city's own copy.</summary>
    public Guid? ApplicantOrganisationId { get; private set; }
    public string? NominatingAgency { get; private set; }
    public string? EndorsementNote { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? NominatedAt { get; private set; }
    public Declination? Declination { get; private set; }
    public Withdrawal? Withdrawal { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private Entry()
    {
    }

    /// <summary>The copy of the nominating city, where its agency and applicant act.</summary>
    public bool IsHomeCopy => HeldAt == City;

    /// <summary>An agency nominates a solution of its own city: the entry is nominated at once.</summary>
    public static StepResult Nominate(Actor by, AwardCycle cycle, NominationInput input, NominationFacts facts, DateTimeOffset now, out Entry? entry)
    {
        entry = null;
        var check = by.Role != Actor.Agency ? StepResult.Forbidden("Only an agency nominates; a startup applies through its city's agency.")
            : OwnSolution(by, facts).Then(() => Eligible(cycle, input, facts, now));
        if (!check.Succeeded) return check;
        entry = New(by.City, cycle, input, facts, now);
        (entry.Status, entry.NominatingAgency, entry.NominatedAt) = (EntryStatus.Nominated, by.Organisation, now);
        return check;
    }

    /// <summary>A startup applies with a solution of its city; the entry waits for the city's agency to endorse it.</summary>
    public static StepResult ApplyForNomination(Actor by, AwardCycle cycle, NominationInput input, NominationFacts facts, DateTimeOffset now, out Entry? entry)
    {
        entry = null;
        var check = by.Role != Actor.Startup ? StepResult.Forbidden("Only a startup applies; an agency nominates.")
            : OwnSolution(by, facts).Then(() => OwnOrganisations(by, facts)).Then(() => Eligible(cycle, input, facts, now));
        if (!check.Succeeded) return check;
        entry = New(by.City, cycle, input, facts, now);
        (entry.Status, entry.ApplicantOrganisation, entry.ApplicantOrganisationId) = (EntryStatus.Applied, by.Organisation, by.OrganisationId);
        return check;
    }

    /// <summary>The secretariat's copy, made when a nominated entry arrives from its city.</summary>
    public static StepResult Receive(EntrySubmission submission, AwardCycle cycle, string thisCity, out Entry? entry)
    {
        entry = null;
        var check = submission.SecretariatCity != thisCity ? StepResult.Forbidden($"The entry is for {submission.SecretariatCity}'s secretariat, not {thisCity}.")
            // This city's own entries are made here, never heard of.
            : submission.City == thisCity ? StepResult.Forbidden($"An entry of {thisCity} is not received from elsewhere.")
            : cycle.Id != submission.CycleId || !cycle.IsSecretariatCopy || cycle.HeldAt != thisCity
                ? StepResult.Forbidden($"Cycle {submission.CycleId} is not run here.")
            : !cycle.Nomination.IsOpenAt(submission.NominatedAt)
                ? StepResult.Invalid("nominatedAt", "The entry was not nominated within the nomination window.")
            : StepResult.Ok;
        if (!check.Succeeded) return check;
        entry = new Entry
        {
            Id = submission.EntryId, CycleId = submission.CycleId, City = submission.City, SecretariatCity = thisCity, HeldAt = thisCity,
            SolutionId = submission.SolutionId, SolutionTitle = new(submission.SolutionTitle), SolutionSummary = new(submission.SolutionSummary),
            EvidenceTrialIds = [.. submission.EvidenceTrialIds], Statement = submission.Statement, Status = EntryStatus.Nominated,
            ApplicantOrganisation = submission.ApplicantOrganisation, NominatingAgency = submission.NominatingAgency,
            CreatedAt = submission.NominatedAt, NominatedAt = submission.NominatedAt, UpdatedAt = submission.NominatedAt,
        };
        return check;
    }

    /// <summary>What the nominating city sends the secretariat once nominated; null before.</summary>
    public EntrySubmission? ToSubmission() =>
        NominatedAt is null || NominatingAgency is null ? null
        : new EntrySubmission(Id, CycleId, City, SecretariatCity, SolutionId, SolutionTitle, SolutionSummary, EvidenceTrialIds,
            Statement, ApplicantOrganisation, NominatingAgency, NominatedAt.Value);

    private static StepResult OwnSolution(Actor by, NominationFacts facts) =>
        facts.Solution.City == by.City ? StepResult.Ok
        : StepResult.Forbidden($"The solution is {facts.Solution.City}'s; {by.City} enters only its own city's solutions.");

    private static StepResult OwnOrganisations(Actor by, NominationFacts facts) =>
        by.IsOf(facts.Solution.ProviderOrganisationId) ? StepResult.Ok
        : StepResult.Forbidden($"Listing {facts.Solution.Id} is provided by {facts.Solution.ProviderName}, not {by.Organisation}: "
            + "a startup applies only with its own organisation's listings.");

    private static StepResult Eligible(AwardCycle cycle, NominationInput input, NominationFacts facts, DateTimeOffset now)
    {
        var evidence = input.EvidenceTrialIds;
        return cycle.NotPublished().Then(() => cycle.Nomination.Require(now, "Nomination"))
            .Then(() => facts.AlreadyEntered ? StepResult.Conflict("The solution already has an entry in this cycle.") : StepResult.Ok)
            .Then(() => input.SolutionId != facts.Solution.Id ? StepResult.Invalid("solutionId", "The listing found is another solution's.") : StepResult.Ok)
            .Then(() => StepResult.Required(input.Statement, "statement", "The statement says why the solution deserves the award."))
            .Then(() => evidence.Distinct().Count() != evidence.Count ? StepResult.Invalid("evidenceTrialIds", "Each trial is cited once.", new(FieldCodes.Repeated))
                : evidence.Where(id => !facts.VerifiedTrials.Contains(id)).Select(id => (Guid?)id).FirstOrDefault() is { } unknown
                    ? StepResult.Invalid("evidenceTrialIds", $"Trial {unknown} is not a verified trial of this solution.")
                : cycle.RequiresVerifiedTrial && evidence.Count == 0
                    ? StepResult.Invalid("evidenceTrialIds", "This cycle asks every entry to cite a verified inter-city trial of its solution.")
                : StepResult.Ok);
    }

    private static Entry New(string city, AwardCycle cycle, NominationInput input, NominationFacts facts, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), CycleId = cycle.Id, City = city, SecretariatCity = cycle.SecretariatCity, HeldAt = city,
        SolutionId = facts.Solution.Id, SolutionTitle = new(facts.Solution.Title), SolutionSummary = new(facts.Solution.Summary),
        EvidenceTrialIds = [.. input.EvidenceTrialIds], Statement = input.Statement.Trim(), CreatedAt = now, UpdatedAt = now,
    };
}
