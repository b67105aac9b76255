using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Federation.Contracts.Messaging;
using Federation.Members;
using MassTransit.Serialization;
using RabbitMQ.Client;

namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// Contracts change only by adding. A city that upgraded first sends properties the others do not know
/// yet: its signature must still hold for them, and they must still apply what they understand.
/// </summary>
[Collection(nameof(CatalogFederation))]
public sealed class ContractEvolutionTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_listing_from_a_city_with_a_newer_contract_is_verified_and_applied_everywhere()
    {
        var listing = SignedMessages.Listing(Samples.Marker(), 1);
        // What a newer contract would send: SolutionPublished and its listing with a property each that this build lacks.
        var message = JsonSerializer.SerializeToNode(new SolutionPublished(listing), SystemTextJsonMessageSerializer.Options)!.AsObject();
        message["solution"]!["carbonSavedPerYear"] = 12.5;
        message["publishedBy"] = "taipei-catalog-v9";

        await PublishAsTaipeiAsync(message, Guid.NewGuid());

        foreach (var city in new[] { "seoul", "new-taipei" })
            await Eventually.Async(async () => (await federation.Client(city).GetAsync($"/api/solutions/{listing.Id}")).IsSuccessStatusCode,
                Samples.Propagation, $"{city} to apply the listing sent with a newer contract");
    }

    /// <summary>Publishes a hand-made MassTransit envelope, signed by taipei's node key over the message as it travels.</summary>
    private async Task PublishAsTaipeiAsync(JsonObject message, Guid messageId)
    {
        var sentAt = CanonicalMessage.FormatSentAt(DateTimeOffset.UtcNow);
        var wire = JsonSerializer.SerializeToElement(message);
        using var key = NodeSigningKey.LoadOrCreate(federation.Brokers.SigningKeyFile("taipei"));
        var signature = key.SignData(CanonicalMessage.Bytes("taipei", messageId, sentAt, typeof(SolutionPublished), wire, null),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var envelope = new JsonObject
        {
            ["messageId"] = messageId.ToString(),
            ["messageType"] = new JsonArray("urn:message:Federation.Contracts.Catalog:SolutionPublished"),
            ["message"] = message,
            ["sentTime"] = DateTimeOffset.UtcNow.ToString("O"),
            ["headers"] = new JsonObject
            {
                [FederationHeaders.OriginCity] = "taipei",
                [FederationHeaders.SentAt] = sentAt,
                [FederationHeaders.Signature] = Convert.ToBase64String(signature),
            },
        };

        var broker = federation.Brokers.Members.Get("taipei").Broker;
        await using var connection = await new ConnectionFactory
        {
            HostName = broker.Host, Port = broker.AmqpPort, UserName = "taipei", Password = federation.Brokers.ServicesPassword("taipei"),
        }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = messageId.ToString(), Persistent = true };
        await channel.BasicPublishAsync("Federation.Contracts.Catalog:SolutionPublished", "", false, properties,
            Encoding.UTF8.GetBytes(envelope.ToJsonString()));
    }
}
