namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// A message that must not be applied (wrong origin, forged, malformed). It is never retried:
/// it goes straight to the endpoint's error queue with this reason.
/// </summary>
public sealed class FederationRejectedException(string reason) : Exception(reason);
