namespace Federation.Contracts.Messaging;

/// <summary>
/// Marks a message delivered to one city only. Its exchange is a direct exchange keyed by the
/// target city, which RabbitMQ federation forwards only to the city that bound that key; messages
/// without this mark are broadcast to every member.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TargetedAttribute : Attribute;

/// <summary>The message header naming the member city that sent a message.</summary>
public static class FederationHeaders
{
    /// <summary>The sending city's id, stamped by its outbox relay.</summary>
    public const string OriginCity = "Federation-Origin-City";
}
