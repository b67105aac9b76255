namespace Federation.Trials.Features.Running;

/// <summary>
/// How far an agreed KPI has come: its latest confirmed value and the fraction of the way from baseline
/// to target. <see cref="RawFraction"/> may fall below 0 or pass 1 (worse than baseline, beyond target);
/// <see cref="Fraction"/> is that clamped to 0..1 for display.
/// </summary>
public sealed record KpiProgress(Kpi Kpi, Measurement? Latest, decimal? RawFraction)
{
    public decimal? Fraction => RawFraction is { } raw ? Math.Clamp(raw, 0m, 1m) : null;

    public static KpiProgress Of(Kpi kpi, IEnumerable<Measurement> measurements)
    {
        var latest = measurements
            .Where(m => m.Review == ReviewState.Confirmed && kpi.IsNamed(m.KpiName))
            .OrderBy(m => m.MeasuredAt).ThenBy(m => m.ReportedAt)
            .LastOrDefault();
        // Dividing by (target - baseline) keeps its sign, so a falling target works as a rising one does.
        var raw = latest is null ? (decimal?)null : (latest.Value - kpi.Baseline) / (kpi.Target - kpi.Baseline);
        return new KpiProgress(kpi, latest, raw);
    }
}
