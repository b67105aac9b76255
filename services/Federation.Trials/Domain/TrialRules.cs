namespace Federation.Trials.Domain;

/// <summary>A city's limits on trials (Seoul's programme: screening answered within 8 weeks, trials up to 12 months).</summary>
public sealed record TrialRules(TimeSpan ScreeningPeriod, int MaxDurationMonths)
{
    public static TrialRules Default { get; } = new(TimeSpan.FromDays(7 * 8), 12);

    public TrialResult CheckDuration(int months) =>
        months < 1 ? TrialResult.Invalid("durationMonths", "A trial lasts at least one month.")
        : months > MaxDurationMonths ? TrialResult.Invalid("durationMonths", $"A trial lasts at most {MaxDurationMonths} months.")
        : TrialResult.Ok;

    public TrialResult CheckPeriod(DateOnly start, DateOnly end) =>
        end < start ? TrialResult.Invalid("endDate", "The trial cannot end before it starts.")
        : end > start.AddMonths(MaxDurationMonths) ? TrialResult.Invalid("endDate", $"A trial lasts at most {MaxDurationMonths} months.")
        : TrialResult.Ok;

    public static TrialResult CheckCostShare(decimal costShare) =>
        costShare is < 0 or > 100
            ? TrialResult.Invalid("costShare", "The host city's cost share is a percentage from 0 to 100.")
            : TrialResult.Ok;
}
