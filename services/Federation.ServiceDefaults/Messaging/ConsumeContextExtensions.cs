using Federation.Contracts.Messaging;
using MassTransit;

namespace Federation.ServiceDefaults.Messaging;

public static class ConsumeContextExtensions
{
    /// <summary>The member city that sent and signed this message (verified before any consumer runs).</summary>
    public static string OriginCity(this ConsumeContext context) =>
        context.Headers.Get<string>(FederationHeaders.OriginCity)
        ?? throw new FederationRejectedException(Rejections.MissingHeader, "Message names no origin city");

    /// <summary>Refuses a record that claims an owner other than the city that sent it.</summary>
    public static void EnsureSentByOwner(this ConsumeContext context, string owningCity)
    {
        var origin = context.OriginCity();
        if (!string.Equals(origin, owningCity, StringComparison.Ordinal))
            throw new FederationRejectedException(Rejections.WrongOwner, $"A record owned by '{owningCity}' arrived from '{origin}'");
    }
}
