using System.Security.Cryptography;
using Federation.Contracts.Messaging;
using Federation.Members;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// Signs what a city sends with its node key: origin, message id, sent-at and the canonical content
/// (<see cref="CanonicalMessage"/>). The outbox relay stamps every message with it.
/// </summary>
public sealed class MessageSigner(ECDsa key, string city, TimeProvider time) : IDisposable
{
    public string City => city;

    public MessageStamp Sign(object message, Guid messageId, string? targetCity)
    {
        var sentAt = CanonicalMessage.FormatSentAt(time.GetUtcNow());
        var bytes = CanonicalMessage.Bytes(city, messageId, sentAt, message, targetCity);
        byte[] signature;
        // .NET does not promise that one ECDsa instance may sign on several threads at once.
        lock (key) signature = key.SignData(bytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new MessageStamp(city, messageId, sentAt, Convert.ToBase64String(signature));
    }

    public void Dispose() => key.Dispose();

    /// <summary>
    /// The node's signer: its key file, created on first start, must be the key the member list holds for
    /// this city; otherwise the service does not start, and says what to put in the member list.
    /// </summary>
    public static MessageSigner ForNode(MessageSigningOptions options, Member member, string membersFile, TimeProvider time)
    {
        var key = NodeSigningKey.LoadOrCreate(options.SigningKeyFile);
        var publicKey = NodeSigningKey.PublicKeyOf(key);
        if (member.PublicKey == publicKey) return new MessageSigner(key, member.Id, time);
        key.Dispose();
        var problem = member.PublicKey is null ? "has no publicKey" : "has a publicKey that is not this node's";
        throw new OptionsValidationException(MessageSigningOptions.Section, typeof(MessageSigningOptions),
        [
            $"The member list {membersFile} {problem} for city '{member.Id}', whose signing key is {options.SigningKeyFile} " +
            $"(Federation:SigningKeyFile). Other cities would reject its messages. Put this line in the city's entry " +
            $"of the member list every node reads:\n    publicKey: {publicKey}",
        ]);
    }
}

/// <summary>The headers by which the origin city vouches for one message.</summary>
public sealed record MessageStamp(string OriginCity, Guid MessageId, string SentAt, string Signature)
{
    public void ApplyTo(SendContext context)
    {
        context.MessageId = MessageId;
        context.Headers.Set(FederationHeaders.OriginCity, OriginCity);
        context.Headers.Set(FederationHeaders.SentAt, SentAt);
        context.Headers.Set(FederationHeaders.Signature, Signature);
    }
}
