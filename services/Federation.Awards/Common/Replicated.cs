using Federation.Awards.Domain;
using Federation.ServiceDefaults.Messaging;

namespace Federation.Awards.Common;

/// <summary>
/// A step another city took arrives before the one it follows (each message type crosses on its own
/// federation link, so their order is not kept). Thrown to have the message retried a little later.
/// </summary>
public sealed class AwardNotReadyException(string reason) : Exception(reason);

/// <summary>How a consumer treats the domain's answer to what another city sent.</summary>
public static class Replicated
{
    /// <summary>Ok and Unchanged are done; a Conflict waits for its predecessor; anything else is refused for good.</summary>
    public static void Require(AwardResult result, string what)
    {
        switch (result.Kind)
        {
            case AwardResultKind.Ok or AwardResultKind.Unchanged:
                return;
            case AwardResultKind.Conflict:
                throw new AwardNotReadyException($"{what}: {result.Reason}");
            default:
                throw new FederationRejectedException(Rejections.Refused, $"{what}: {result.Field} {result.Reason}".Trim());
        }
    }
}
