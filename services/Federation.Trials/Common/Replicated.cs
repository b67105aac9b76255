using Federation.ServiceDefaults.Messaging;
using Federation.Trials.Domain;

namespace Federation.Trials.Common;

/// <summary>
/// A step the other city took arrives before the step it follows (each message type crosses on its own
/// federation link, so their order is not kept). Thrown to have the message retried a little later.
/// </summary>
public sealed class TrialNotReadyException(string reason) : Exception(reason);

/// <summary>How a consumer treats the domain's answer to a step the other city took.</summary>
public static class Replicated
{
    /// <summary>Ok and Unchanged are done; a Conflict waits for its predecessor; anything else is refused for good.</summary>
    public static void Require(TrialResult result, Guid trialId)
    {
        switch (result.Kind)
        {
            case TrialResultKind.Ok or TrialResultKind.Unchanged:
                return;
            case TrialResultKind.Conflict:
                throw new TrialNotReadyException($"Trial {trialId}: {result.Reason}");
            default:
                throw new FederationRejectedException(Rejections.Refused, $"Trial {trialId}: {result.Field} {result.Reason}".Trim());
        }
    }
}
