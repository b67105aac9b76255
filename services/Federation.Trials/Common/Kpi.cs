namespace Federation.Trials.Common;

/// <summary>A key performance indicator, optionally one of ISO 37122's smart-city indicators.</summary>
public sealed record Kpi(string Name, string Unit, decimal Baseline, decimal Target, string? Iso37122Indicator = null)
{
    public bool IsNamed(string name) => string.Equals(Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks a KPI list, reporting problems against <paramref name="field"/>.</summary>
    public static StepResult Check(IReadOnlyList<Kpi>? kpis, string field)
    {
        if (kpis is null || kpis.Count == 0)
            return StepResult.Invalid(field, "At least one KPI is required.", new(FieldCodes.Required));
        foreach (var kpi in kpis)
        {
            if (string.IsNullOrWhiteSpace(kpi.Name))
                return StepResult.Invalid(field, "Every KPI needs a name.", new(FieldCodes.Required));
            if (string.IsNullOrWhiteSpace(kpi.Unit))
                return StepResult.Invalid(field, $"KPI '{kpi.Name}' needs a unit.", new(FieldCodes.Required));
            // Progress is measured as the way travelled from baseline to target: no way, no progress.
            if (kpi.Target == kpi.Baseline)
                return StepResult.Invalid(field, $"KPI '{kpi.Name}' has its target equal to its baseline.", new(FieldCodes.NoProgress));
            if (kpis.Count(k => k.IsNamed(kpi.Name)) > 1)
                return StepResult.Invalid(field, $"KPI '{kpi.Name}' appears more than once.", new(FieldCodes.Repeated));
        }
        return StepResult.Ok;
    }
}
