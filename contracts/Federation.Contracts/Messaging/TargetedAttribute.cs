namespace Federation.Contracts.Messaging;

/// <summary>
/// Marks a message delivered to one city only. Its exchange is a direct exchange keyed by the
/// target city, which RabbitMQ federation forwards only to the city that bound that key; messages
/// without this mark are broadcast to every member.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TargetedAttribute : Attribute;

/// <summary>The message headers by which a member city vouches for what it sent.</summary>
public static class FederationHeaders
{
    /// <summary>The sending city's id, stamped by its outbox relay.</summary>
    public const string OriginCity = "Federation-Origin-City";

    /// <summary>When the sending relay published the message: ISO-8601 UTC (<c>2026-01-31T08:00:00.0000000Z</c>).</summary>
    public const string SentAt = "Federation-Sent-At";

    /// <summary>
    /// Base64 ECDSA P-256 SHA-256 signature (IEEE P1363) by the origin city's node key over the UTF-8 of
    /// <c>federation-message-v2\n{origin}\n{message id}\n{sent at}\n{type full name}\n{target city or empty}\n{JSON}</c>,
    /// the JSON being the envelope's "message" as it travels, re-written compactly.
    /// </summary>
    public const string Signature = "Federation-Signature";
}
