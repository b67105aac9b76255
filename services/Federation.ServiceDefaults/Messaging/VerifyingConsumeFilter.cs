using Federation.Contracts.Messaging;
using Federation.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// Every consumer acts only on messages whose origin city signed them, unaltered and recently
/// (<see cref="MessageVerifier"/>). Runs first; every rejection, here or further in, is logged and counted.
/// </summary>
public sealed class VerifyingConsumeFilter<T>(
    MessageVerifier verifier, FederationMetrics metrics, OwnBroadcasts own, ThisCity city, ILogger<VerifyingConsumeFilter<T>> logger)
    : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var origin = context.Headers.Get<string>(FederationHeaders.OriginCity);
        try
        {
            verifier.Verify(typeof(T), CanonicalMessage.WireMessage(context.ReceiveContext.Body.GetBytes()), origin, context.MessageId,
                context.Headers.Get<string>(FederationHeaders.SentAt), context.Headers.Get<string>(FederationHeaders.Signature));
            // Signed by this very node: the record it announces is here already, written before it was sent.
            if (origin == city.Id && own.Contains(typeof(T)))
            {
                metrics.Own(typeof(T).Name);
                return;
            }
            await next.Send(context);
        }
        catch (FederationRejectedException rejected)
        {
            using var scope = logger.BeginCityScope(city.Id);
            logger.LogWarning("Rejected {MessageType} {MessageId} from {OriginCity} ({Reason}): {Detail}",
                typeof(T).Name, context.MessageId, origin ?? "(none)", rejected.Code, rejected.Message);
            metrics.Rejected(rejected.Code, origin ?? "");
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("verify-origin");
}
