using Federation.Contracts.Trials;
using Federation.Trials.Features.Applications;
using Federation.Trials.Features.Hosting;
using Federation.Trials.Features.Running;

namespace Federation.Trials.Common;

/// <summary>
/// Reads request bodies into the domain's inputs: required fields, lengths and shapes, each problem named
/// by its request field. The domain then checks the rules (limits, who, when).
/// </summary>
public static class TrialInputs
{
    public const int LongText = 4000;
    public const int MaxKpis = 20;

    public static bool TryRead(ApplyForTrialRequest r, out ApplicationInput input, out ValidationProblem problem)
    {
        var p = new InputProblems();
        var host = p.Text("hostCity", r.HostCity, 50).ToLowerInvariant();
        if (r.SolutionId is null || r.SolutionId == Guid.Empty) p.Add("solutionId", FieldCodes.Required, "solutionId is required.");
        if (r.ChallengeId == Guid.Empty) p.Add("challengeId", FieldCodes.NotAnId, "challengeId, if given, cannot be empty.");
        input = new ApplicationInput(host, r.SolutionId ?? Guid.Empty, r.ChallengeId, p.Text("goals", r.Goals, LongText),
            p.Text("requestedSite", r.RequestedSite, 500), Kpis(p, "kpis", r.Kpis), p.Range("durationMonths", r.DurationMonths, 1, 120),
            Percent(p, "costSharePercent", r.CostSharePercent));
        problem = p.ToResult();
        return !p.Any;
    }

    /// <summary>What is not sent is taken from the application: the caller's agency, the site and KPIs asked for, the cost share proposed.</summary>
    public static bool TryRead(AcceptRequest r, Trial trial, Actor by, out Agreement agreement, out ValidationProblem problem)
    {
        var p = new InputProblems();
        if (r.StartDate is null) p.Add("startDate", FieldCodes.Required, "startDate is required.");
        if (r.EndDate is null) p.Add("endDate", FieldCodes.Required, "endDate is required.");
        agreement = new Agreement(
            p.OptionalText("hostAgency", r.HostAgency, 200) ?? by.Organisation,
            p.OptionalText("site", r.Site, 500) ?? trial.RequestedSite,
            r.StartDate ?? default, r.EndDate ?? default,
            r.Kpis is null ? [.. trial.ProposedKpis] : Kpis(p, "kpis", r.Kpis),
            r.CostSharePercent is null ? trial.CostShare : Percent(p, "costSharePercent", r.CostSharePercent));
        problem = p.ToResult();
        return !p.Any;
    }

    public static bool TryRead(ReportMeasurementRequest r, DateTimeOffset now, out MeasurementInput input, out ValidationProblem problem)
    {
        var p = new InputProblems();
        var kpi = p.Text("kpi", r.Kpi, 200);
        if (r.Value is null) p.Add("value", FieldCodes.Required, "value is required.");
        input = new MeasurementInput(kpi, r.Value ?? 0, r.MeasuredAt ?? now, p.WebAddress("evidenceUrl", r.EvidenceUrl));
        problem = p.ToResult();
        return !p.Any;
    }

    public static string Required(InputProblems p, string field, string? value) => p.Text(field, value, LongText);

    private static List<Kpi> Kpis(InputProblems p, string field, IReadOnlyList<KpiRequest>? kpis)
    {
        if (kpis is null || kpis.Count == 0) { p.Add(field, FieldCodes.Required, $"{field} needs at least one KPI."); return []; }
        if (kpis.Count > MaxKpis) p.Add(field, FieldCodes.TooMany, $"{field} holds more than {MaxKpis} KPIs.", ("max", MaxKpis));
        return [.. kpis.Select((k, i) =>
        {
            var at = $"{field}[{i}]";
            if (k is null) { p.Add(at, FieldCodes.Required, "A KPI cannot be null."); return new Kpi("", "", 0, 0); }
            if (k.Baseline is null) p.Add($"{at}.baseline", FieldCodes.Required, "baseline is required.");
            if (k.Target is null) p.Add($"{at}.target", FieldCodes.Required, "target is required.");
            else if (k.Target == k.Baseline) p.Add($"{at}.target", FieldCodes.NoProgress, "target equals baseline: there is no progress to measure.");
            var name = p.Text($"{at}.name", k.Name, 200);
            if (kpis.Take(i).Any(o => o is not null && string.Equals(o.Name?.Trim(), name, StringComparison.OrdinalIgnoreCase)))
                p.Add($"{at}.name", FieldCodes.Repeated, $"KPI '{name}' appears more than once.");
            return new Kpi(name, p.Text($"{at}.unit", k.Unit, 50), k.Baseline ?? 0, k.Target ?? 0, p.OptionalText($"{at}.iso37122", k.Iso37122, 50));
        })];
    }

    private static decimal Percent(InputProblems p, string field, decimal? value)
    {
        if (value is null) p.Add(field, FieldCodes.Required, $"{field} is required.");
        else if (value is < 0 or > 100) p.Add(field, FieldCodes.OutOfRange, $"{field} is a percentage from 0 to 100.", ("min", 0), ("max", 100));
        return value ?? 0;
    }
}
