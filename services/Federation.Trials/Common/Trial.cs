using Federation.Trials.Features.Applications;
using Federation.Trials.Features.Hosting;
using Federation.Trials.Features.Running;
namespace Federation.Trials.Common;

/// <summary>
/// A cross-verification trial as one city holds it. The home city's copy (where the startup applied) and
/// the host city's (where the trial runs) share the id; each step is taken on the copy of the side that
/// owns it and reaches the other copy through an Apply method.
/// Each feature's steps are a part of this class in that feature's folder (<c>Features/*/Trial.*.cs</c>),
/// in this namespace, as a partial class must be.
/// </summary>
public sealed partial class Trial
{
    public Guid Id { get; private set; }
    public TrialSide Copy { get; private set; }
    public string HomeCity { get; private set; } = "";
    public string HostCity { get; private set; } = "";
    public Party Applicant { get; private set; } = new("", "");
    public Guid SolutionId { get; private set; }
    public Dictionary<string, string> SolutionTitle { get; private set; } = [];
    public Guid? ChallengeId { get; private set; }
    public string Goals { get; private set; } = "";
    public string RequestedSite { get; private set; } = "";
    public List<Kpi> ProposedKpis { get; private set; } = [];
    public int DurationMonths { get; private set; }
    public decimal CostShare { get; private set; }
    public TrialStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Endorsement? Endorsement { get; private set; }
    public Declination? Declination { get; private set; }
    public DateTimeOffset? ScreeningDeadline { get; private set; }
    public Agreement? Agreement { get; private set; }
    public Party? AcceptedBy { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Rejection? Rejection { get; private set; }
    public Withdrawal? Withdrawal { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public List<Measurement> Measurements { get; private set; } = [];
    public FinalReport? FinalReport { get; private set; }
    public Verdict? Verdict { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Outcome? Outcome { get; private set; }

    private Trial()
    {
    }

    /// <summary>A startup's new application, held by its home city.</summary>
    public static StepResult Draft(Actor by, ApplicationInput input, TrialRules rules, DateTimeOffset now, out Trial? trial)
    {
        trial = null;
        var check = by.Role != Actor.Startup
            ? StepResult.Forbidden("Only a startup applies for a trial.")
            : input.Check(by.City, rules);
        if (!check.Succeeded) return check;

        trial = new Trial { Id = Guid.NewGuid(), Copy = TrialSide.Home, HomeCity = by.City, Applicant = by.AsParty(), CreatedAt = now };
        trial.Set(input, TrialStatus.Draft, now);
        return StepResult.Ok;
    }

    /// <summary>The host city's copy, made when the endorsed application arrives: screening starts now.</summary>
    public static StepResult Receive(EndorsedApplication application, string thisCity, TrialRules rules, DateTimeOffset now, out Trial? trial)
    {
        trial = null;
        if (application.Application.HostCity != thisCity)
            return StepResult.Forbidden($"The application is for {application.Application.HostCity}, not {thisCity}.");
        // A city never hosts its own startup's trial: such an application can only come from a faulty or forged peer.
        if (application.HomeCity == thisCity)
            return StepResult.Forbidden($"An application from {thisCity} cannot be hosted by {thisCity}.");

        // The home city checked the values against its own limits; this city's limits apply when it agrees terms.
        trial = new Trial
        {
            Id = application.TrialId, Copy = TrialSide.Host, HomeCity = application.HomeCity, Applicant = application.Applicant,
            CreatedAt = now, SubmittedAt = application.SubmittedAt, Endorsement = application.Endorsement,
            ScreeningDeadline = now + rules.ScreeningPeriod,
        };
        trial.Set(application.Application, TrialStatus.Screening, now);
        return StepResult.Ok;
    }

    /// <summary>True while the host has not answered and its deadline has passed; shown on both copies.</summary>
    public bool IsScreeningOverdue(DateTimeOffset now) =>
        Status == TrialStatus.Screening && ScreeningDeadline is { } deadline && now > deadline;

    public IReadOnlyList<KpiProgress> Progress() =>
        Agreement is null ? [] : [.. Agreement.Kpis.Select(kpi => KpiProgress.Of(kpi, Measurements))];

    private void Set(ApplicationInput input, TrialStatus status, DateTimeOffset now)
    {
        (HostCity, SolutionId, ChallengeId, Goals, RequestedSite) = (input.HostCity, input.SolutionId, input.ChallengeId, input.Goals, input.RequestedSite);
        (ProposedKpis, DurationMonths, CostShare) = ([.. input.ProposedKpis], input.DurationMonths, input.CostShare);
        SolutionTitle = input.SolutionTitle is null ? [] : new Dictionary<string, string>(input.SolutionTitle);
        MoveTo(status, now);
    }

    private void MoveTo(TrialStatus status, DateTimeOffset now) => (Status, UpdatedAt) = (status, now);
}
