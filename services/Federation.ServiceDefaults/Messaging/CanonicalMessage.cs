using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// The bytes a signature covers. Both sides serialize the message object (never the wire body, which
/// MassTransit wraps and may format differently) with the same options, so the JSON agrees.
/// </summary>
public static class CanonicalMessage
{
    public const string Version = "federation-message-v1";
    private const string SentAtFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Bytes(string origin, Guid messageId, string sentAt, object message, string? targetCity) =>
        Encoding.UTF8.GetBytes(string.Join('\n',
            Version, origin, messageId.ToString("D"), sentAt, message.GetType().FullName, targetCity ?? "",
            JsonSerializer.Serialize(message, message.GetType(), Json)));

    public static string FormatSentAt(DateTimeOffset at) => at.UtcDateTime.ToString(SentAtFormat, CultureInfo.InvariantCulture);

    public static bool TryParseSentAt(string? text, out DateTimeOffset at) => DateTimeOffset.TryParseExact(text, SentAtFormat,
        CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
}
