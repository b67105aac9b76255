namespace Federation.Trials.Common;

public enum TrialStatus
{
    Draft,
    Submitted,
    Endorsed,
    Declined,
    Screening,
    Accepted,
    Rejected,
    Withdrawn,
    Running,
    Reported,
    Verified,
    Closed,
}

/// <summary>Which city's copy a trial object is: the home city's (where the startup applied) or the host's.</summary>
public enum TrialSide
{
    Home,
    Host,
}
