namespace Federation.Trials.Common;

/// <summary>A city's limits on trials (Seoul's programme: screening answered within 8 weeks, trials up to 12 months).</summary>
public sealed record TrialRules(TimeSpan ScreeningPeriod, int MaxDurationMonths)
{
    public static TrialRules Default { get; } = new(TimeSpan.FromDays(7 * 8), 12);

    private FieldCode Months => FieldCode.Of(FieldCodes.OutOfRange, ("min", 1), ("max", MaxDurationMonths));

    public StepResult CheckDuration(int months) =>
        months < 1 ? StepResult.Invalid("durationMonths", "A trial lasts at least one month.", Months)
        : months > MaxDurationMonths ? StepResult.Invalid("durationMonths", $"A trial lasts at most {MaxDurationMonths} months.", Months)
        : StepResult.Ok;

    public StepResult CheckPeriod(DateOnly start, DateOnly end) =>
        end < start ? StepResult.Invalid("endDate", "The trial cannot end before it starts.", new(FieldCodes.BeforeStart))
        : end > start.AddMonths(MaxDurationMonths) ? StepResult.Invalid("endDate", $"A trial lasts at most {MaxDurationMonths} months.")
        : StepResult.Ok;

    public static StepResult CheckCostShare(decimal costShare) =>
        costShare is < 0 or > 100
            ? StepResult.Invalid("costShare", "The host city's cost share is a percentage from 0 to 100.", FieldCode.Of(FieldCodes.OutOfRange, ("min", 0), ("max", 100)))
            : StepResult.Ok;
}
