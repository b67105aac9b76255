using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MassTransit.Serialization;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// The bytes a signature covers: origin, id, sent-at, type, target and the message's JSON as it travels.
/// The receiver takes that JSON from the wire (the envelope's "message"), not from the object it
/// deserialized: a sender with a newer contract (a property added) is still verified by a city whose
/// contract does not know the property yet. Both sides re-write the JSON compactly with one encoder, so
/// spacing and escaping never matter; names, order and values do.
/// </summary>
public static class CanonicalMessage
{
    public const string Version = "federation-message-v2";
    private const string SentAtFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The sender's side: the JSON MassTransit will put on the wire for <paramref name="message"/>.</summary>
    public static byte[] Bytes(string origin, Guid messageId, string sentAt, object message, string? targetCity) =>
        Bytes(origin, messageId, sentAt, message.GetType(),
            JsonSerializer.SerializeToElement(message, message.GetType(), SystemTextJsonMessageSerializer.Options), targetCity);

    /// <summary>The receiver's side: the message's JSON as it arrived.</summary>
    public static byte[] Bytes(string origin, Guid messageId, string sentAt, Type type, JsonElement wireMessage, string? targetCity) =>
        Encoding.UTF8.GetBytes(string.Join('\n',
            Version, origin, messageId.ToString("D"), sentAt, type.FullName, targetCity ?? "", Compact(wireMessage)));

    /// <summary>The envelope's "message" of a MassTransit JSON body, or null when the body holds none.</summary>
    public static JsonElement? WireMessage(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var envelope = JsonDocument.Parse(body);
            return envelope.RootElement.ValueKind == JsonValueKind.Object
                   && envelope.RootElement.TryGetProperty("message", out var message)
                ? message.Clone()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string FormatSentAt(DateTimeOffset at) => at.UtcDateTime.ToString(SentAtFormat, CultureInfo.InvariantCulture);

    public static bool TryParseSentAt(string? text, out DateTimeOffset at) => DateTimeOffset.TryParseExact(text, SentAtFormat,
        CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);

    // One writer for both sides: compact, and escaping only what JSON requires (CJK text stays readable).
    private static readonly JsonSerializerOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Compact(JsonElement json) => JsonSerializer.Serialize(json, Writer);
}
