namespace Federation.Trials.Features.Hosting;

/// <summary>The terms the host city agreed with the startup, which replace what the startup proposed.</summary>
public sealed record Agreement(
    string HostAgency,
    string Site,
    DateOnly StartDate,
    DateOnly EndDate,
    List<Kpi> Kpis,
    decimal CostShare)
{
    public StepResult Check(TrialRules rules) =>
        string.IsNullOrWhiteSpace(HostAgency) ? StepResult.Invalid("hostAgency", "The host agency is required.", new(FieldCodes.Required))
        : string.IsNullOrWhiteSpace(Site) ? StepResult.Invalid("site", "The site is required.", new(FieldCodes.Required))
        : rules.CheckPeriod(StartDate, EndDate)
            .Then(() => Kpi.Check(Kpis, "kpis"))
            .Then(() => TrialRules.CheckCostShare(CostShare));

    public Kpi? KpiNamed(string name) => Kpis.FirstOrDefault(k => k.IsNamed(name));

    // A record compares lists by reference; a replayed agreement must compare equal by content.
    public bool Equals(Agreement? other) =>
        other is not null && (HostAgency, Site, StartDate, EndDate, CostShare) == (other.HostAgency, other.Site, other.StartDate, other.EndDate, other.CostShare)
        && Kpis.SequenceEqual(other.Kpis);

    public override int GetHashCode() => HashCode.Combine(HostAgency, Site, StartDate, EndDate, CostShare, Kpis.Count);
}
