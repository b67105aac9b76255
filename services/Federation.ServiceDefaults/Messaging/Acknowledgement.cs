using MassTransit;

namespace Federation.ServiceDefaults.Messaging;

public static class Acknowledgement
{
    /// <summary>
    /// Ends the consume pipe here, the message taken but not applied (a duplicate, an own broadcast). A filter that
    /// returns without calling a consumer must say so: MassTransit moves a message no consumer took to the queue's
    /// <c>_skipped</c> queue, where these harmless copies would pile up for ever.
    /// </summary>
    public static Task AcknowledgeWithoutApplyingAsync<T>(this ConsumeContext<T> context, string why) where T : class =>
        context.NotifyConsumed(context, TimeSpan.Zero, why);
}
