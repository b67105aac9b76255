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
    MessageVerifier verifier, FederationMetrics metrics, OwnBroadcasts own, ThisCity city,
    IEnumerable<ICatchUp> catchUps, CatchUpRequests catchUpRequests, ILogger<VerifyingConsumeFilter<T>> logger)
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
                await context.AcknowledgeWithoutApplyingAsync("own broadcast");
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
            if (rejected.Expired && origin is not null && origin != city.Id) await CatchUpAsync(origin, context.CancellationToken);
            throw;
        }
    }

    // The stale message still goes to the error queue (it is not applied: its record may have changed since);
    // what it carried comes back, current, in the origin's answer.
    private async Task CatchUpAsync(string origin, CancellationToken ct)
    {
        var catchUp = catchUps.FirstOrDefault(c => c.Covers(typeof(T)));
        metrics.Missed(typeof(T).Name, origin, recoverable: catchUp is not null);
        if (catchUp is null)
        {
            logger.LogError("Missed {MessageType} from {OriginCity}: nothing can ask for it again, it is lost to this city", typeof(T).Name, origin);
            return;
        }
        if (!catchUpRequests.TryBegin(origin)) return;
        try
        {
            await catchUp.RequestAsync(origin, ct);
            metrics.CatchUpRequested(origin);
            logger.LogWarning("Missed messages from {OriginCity} (older than the maximum age): asked it to send its records again", origin);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            catchUpRequests.Forget(origin);
            logger.LogError(e, "Missed messages from {OriginCity}, and the request to send them again could not be written", origin);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("verify-origin");
}
