namespace Federation.Trials.Common;

/// <summary>Which screening deadline notices the host copy has sent: the week's warning, then the deadline passed.</summary>
public enum ScreeningNotice
{
    None,
    Near,
    Passed,
}

// The host city's reminders of Seoul's rule: every application is answered within the screening period.
public sealed partial class Trial
{
    public ScreeningNotice ScreeningNotice { get; private set; }

    /// <summary>
    /// The deadline notice due at <paramref name="now"/> on the host copy of an undecided application, if any: a warning
    /// once <paramref name="warning"/> before the deadline, then one when it has passed (only that one if the warning's
    /// time went by unswept).
    /// </summary>
    public ScreeningNotice? DeadlineNoticeDue(DateTimeOffset now, TimeSpan warning)
    {
        if (Copy != TrialSide.Host || Status != TrialStatus.Screening || ScreeningDeadline is not { } deadline) return null;
        if (now > deadline) return ScreeningNotice == ScreeningNotice.Passed ? null : ScreeningNotice.Passed;
        return now >= deadline - warning && ScreeningNotice == ScreeningNotice.None ? ScreeningNotice.Near : null;
    }

    public void Noticed(ScreeningNotice notice) => ScreeningNotice = notice;
}
