using Federation.ServiceDefaults.Messaging;

namespace Federation.ServiceDefaults.Steps;

/// <summary>
/// A step another city took arrives before the one it follows (each message type crosses on its own
/// federation link, so their order is not kept). Thrown to have the message retried a little later.
/// </summary>
public sealed class NotReadyException(string reason) : Exception(reason);

/// <summary>How a consumer treats the domain's answer to what another city sent.</summary>
public static class Replicated
{
    /// <summary>Ok and Unchanged are done; a Conflict waits for its predecessor; anything else is refused for good.</summary>
    /// <param name="what">The record, as the error names it: "Trial {id}", "Cycle {id}".</param>
    public static void Require(StepResult result, string what)
    {
        switch (result.Kind)
        {
            case StepKind.Ok or StepKind.Unchanged:
                return;
            case StepKind.Conflict:
                throw new NotReadyException($"{what}: {result.Reason}");
            default:
                throw new FederationRejectedException(Rejections.Refused, $"{what}: {result.Field} {result.Reason}".Trim());
        }
    }
}
