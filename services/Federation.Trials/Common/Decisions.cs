namespace Federation.Trials.Common;

public sealed record Endorsement(Party By, DateTimeOffset At, string? Note = null);

public sealed record Declination(Party By, DateTimeOffset At, string Reason);

public sealed record Rejection(Party By, DateTimeOffset At, string Reason);

public sealed record Withdrawal(Party By, DateTimeOffset At, string? Reason = null);

public sealed record FinalReport(Party By, DateTimeOffset At, string Summary);

public enum VerdictResult
{
    Passed,
    Failed,
}

public sealed record Verdict(VerdictResult Result, string Findings, Party VerifiedBy, DateTimeOffset VerifiedAt);

public enum OutcomeKind
{
    Procured,
    Continued,
    Stopped,
}

/// <summary>What the host city did after the trial: the step whose absence the programmes complain of.</summary>
public sealed record Outcome(OutcomeKind Kind, DateOnly Date, string? Note, Party RecordedBy, DateTimeOffset RecordedAt);
