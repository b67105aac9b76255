namespace Federation.Contracts.Trials;

/// <summary>The fixed vocabularies of trial records, as sent on the wire.</summary>
public static class TrialVocabulary
{
    /// <summary>
    /// Where a trial stands. Draft and submitted stay in the home city; endorsed leaves it for the host
    /// city, which screens, then accepts or rejects. Declined and withdrawn end it before the host decides.
    /// </summary>
    public static readonly IReadOnlyList<string> Statuses =
    [
        "draft", "submitted", "declined", "endorsed", "withdrawn", "screening", "accepted", "rejected",
        "running", "reported", "verified", "closed",
    ];

    /// <summary>The host agency's verdict on a trial.</summary>
    public static readonly IReadOnlyList<string> Verdicts = ["passed", "failed"];

    /// <summary>What the host city did after the trial: bought it, kept it running, or stopped it.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["procured", "continued", "stopped"];

    /// <summary>The host agency's review of a reported measurement.</summary>
    public static readonly IReadOnlyList<string> ReviewStates = ["pending", "confirmed", "disputed"];
}
