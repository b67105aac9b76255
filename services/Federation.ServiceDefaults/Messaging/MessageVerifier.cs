using System.Text.Json;
using System.Collections.Frozen;
using System.Security.Cryptography;
using Federation.Members;
using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// Checks that a message comes from the member city it names, unaltered and recent, against the public
/// keys of the member list. Throws <see cref="FederationRejectedException"/> otherwise.
/// </summary>
public sealed class MessageVerifier : IDisposable
{
    private readonly FrozenDictionary<string, ECDsa> _keys;
    private readonly string _city;
    private readonly TimeSpan _maxAge;
    private readonly TimeProvider _time;

    public MessageVerifier(MemberList members, ThisCity city, IOptions<MessageSigningOptions> options, TimeProvider time)
    {
        _keys = members.Cities.Where(c => c.PublicKey is not null)
            .ToFrozenDictionary(c => c.Id, c => NodeSigningKey.FromPublicKey(c.PublicKey!));
        _city = city.Id;
        _maxAge = options.Value.MessageMaxAge;
        _time = time;
    }

    /// <param name="wireMessage">The message's JSON as it arrived (<see cref="CanonicalMessage.WireMessage"/>).</param>
    public void Verify(Type messageType, JsonElement? wireMessage, string? origin, Guid? messageId, string? sentAt, string? signature)
    {
        if (string.IsNullOrEmpty(origin)) Reject(Rejections.MissingHeader, "Message names no origin city");
        if (!_keys.TryGetValue(origin, out var key))
            Reject(Rejections.UnknownOrigin, $"'{origin}' is not a member city with a public key in the member list");
        var id = messageId ?? Reject<Guid>(Rejections.MissingHeader, $"Message from '{origin}' has no id");
        if (!CanonicalMessage.TryParseSentAt(sentAt, out var at))
            Reject(Rejections.MissingHeader, $"Message {id} from '{origin}' has no valid sent-at header");
        var bytes = TryBase64(signature) ?? Reject<byte[]>(Rejections.MissingHeader, $"Message {id} from '{origin}' has no valid signature header");

        // A targeted message reaches only the city it was addressed to, so it must have been signed for this one.
        var target = MessageTypes.IsTargeted(messageType) ? _city : null;
        var json = wireMessage ?? Reject<JsonElement>(Rejections.MissingHeader, $"Message {id} from '{origin}' has no JSON message body");
        var canonical = CanonicalMessage.Bytes(origin, id, sentAt!, messageType, json, target);
        bool valid;
        // Consumers of several endpoints verify at once; .NET does not promise one ECDsa is safe for that.
        lock (key) valid = key.VerifyData(canonical, bytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        if (!valid)
            Reject(Rejections.BadSignature, $"Message {id} does not carry a valid signature of '{origin}'");

        var now = _time.GetUtcNow();
        if (at < now - _maxAge)
            throw new FederationRejectedException(Rejections.Stale,
                $"Message {id} from '{origin}' was sent at {sentAt}, more than {Age(_maxAge)} ago") { Expired = true };
        if (at > now + MessageSigningOptions.ClockSkew) Reject(Rejections.Stale, $"Message {id} from '{origin}' claims to be sent in the future ({sentAt})");
    }

    public void Dispose()
    {
        foreach (var key in _keys.Values) key.Dispose();
    }

    private static string Age(TimeSpan age) =>
        age >= TimeSpan.FromDays(1) ? $"{age.TotalDays:0.#} days" : $"{age.TotalSeconds:0.#} seconds";

    private static byte[]? TryBase64(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try { return Convert.FromBase64String(text); }
        catch (FormatException) { return null; }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Reject(string code, string reason) => throw new FederationRejectedException(code, reason);

    private static T Reject<T>(string code, string reason) => throw new FederationRejectedException(code, reason);
}
