namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// A message that must not be applied (unknown origin, forged, stale, wrong owner; a redelivery of one already applied is not rejected but acknowledged, see IdempotentConsumeFilter). It is never
/// retried: it goes straight to the endpoint's error queue with this reason.
/// </summary>
/// <param name="code">One of <see cref="Rejections"/>: the short, countable form of the reason.</param>
public sealed class FederationRejectedException(string code, string reason) : Exception(reason)
{
    public string Code { get; } = code;

    /// <summary>
    /// Authentic, but older than the maximum age: not an attack but a gap, as when this city was away too long.
    /// What it carried is asked for again (<see cref="ICatchUp"/>).
    /// </summary>
    public bool Expired { get; init; }
}

/// <summary>Why a message was rejected, as counted in <c>federation.messages.rejected</c> (tag <c>reason</c>).</summary>
public static class Rejections
{
    public const string UnknownOrigin = "unknown-origin";
    public const string BadSignature = "bad-signature";
    public const string Stale = "stale";
    public const string MissingHeader = "missing-header";
    public const string WrongOwner = "wrong-owner";
    /// <summary>Well signed, but the receiving side's rules refuse it (a step its sender may not take, say).</summary>
    public const string Refused = "refused";
}
