using System.Text;
using System.Text.Json;
using Federation.Contracts.Catalog;
using Federation.ServiceDefaults.Messaging;
using MassTransit.Serialization;
using Xunit;

namespace Federation.Catalog.Tests.Unit;

/// <summary>
/// The relay signs the message object it publishes; the consumer verifies the object MassTransit gave it
/// back. Both must serialize to the same canonical bytes, whatever the wire format did to them.
/// </summary>
public sealed class CanonicalMessageTests
{
    private static readonly Guid Id = Guid.Parse("6f0c3e1a-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(8)).AddTicks(4567);

    public static TheoryData<object> CatalogEvents =>
    [
        new SolutionPublished(new SolutionResponse(Id, "taipei", 3,
            new Dictionary<string, string> { ["zh-TW"] = "智慧路燈", ["en"] = "Smart \"street\" lamp", ["ko"] = "스마트 가로등" },
            new Dictionary<string, string> { ["en"] = "Dims <itself> & more\n" },
            "environment", new Provider("Lumen Co.", null, "taipei"), "pilot", 7, ["lighting", "燈"], null, At, At.AddDays(1))),
        new SolutionWithdrawn(Id, "taipei", 4, At),
        new ChallengePublished(new ChallengeResponse(Id, "seoul", 1,
            new Dictionary<string, string> { ["ko"] = "스마트 주차", ["en"] = "Smart parking" },
            new Dictionary<string, string> { ["en"] = "Find a space" }, "transportation", "Seoul Metropolitan Government",
            "Mapo-gu", new DateOnly(2026, 12, 31), "open", At, At)),
        new ChallengeWithdrawn(Id, "seoul", 2, At),
        new CatalogResyncRequested("new-taipei", At),
    ];

    [Theory]
    [MemberData(nameof(CatalogEvents))]
    public void A_catalog_event_after_a_trip_through_masstransits_serializer_has_the_same_canonical_bytes(object message)
    {
        var wire = JsonSerializer.Serialize(message, message.GetType(), SystemTextJsonMessageSerializer.Options);
        var received = JsonSerializer.Deserialize(wire, message.GetType(), SystemTextJsonMessageSerializer.Options)!;

        Assert.Equal(Canonical(message), Canonical(received));
    }

    [Fact]
    public void The_canonical_form_names_version_origin_id_time_type_and_target_before_the_json()
    {
        var text = Canonical(new SolutionWithdrawn(Id, "taipei", 4, At), "seoul");

        Assert.Equal("federation-message-v1\ntaipei\n6f0c3e1a-0000-4000-8000-000000000001\n2026-03-01T01:30:15.1234567Z\n" +
                     "Federation.Contracts.Catalog.SolutionWithdrawn\nseoul\n" +
                     "{\"id\":\"6f0c3e1a-0000-4000-8000-000000000001\",\"city\":\"taipei\",\"version\":4,\"withdrawnAt\":\"2026-03-01T09:30:15.1234567+08:00\"}",
            text);
    }

    private static string Canonical(object message, string? target = null) => Encoding.UTF8.GetString(
        CanonicalMessage.Bytes("taipei", Id, CanonicalMessage.FormatSentAt(At), message, target));
}
