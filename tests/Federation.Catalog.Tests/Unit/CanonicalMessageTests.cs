using MassTransit.Serialization;

namespace Federation.Catalog.Tests.Unit;

/// <summary>
/// The relay signs the message object it publishes; the consumer verifies the JSON that arrived. Both
/// must come to the same canonical bytes, however the wire spaced or escaped that JSON.
/// </summary>
public sealed class CanonicalMessageTests
{
    private static readonly Guid Id = Guid.Parse("6f0c3e1a-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(8)).AddTicks(4567);

    private static readonly SolutionPublished Lamp = new SolutionPublished(new SolutionResponse(Id, "taipei", 3,
        new Dictionary<string, string> { ["zh-TW"] = "智慧路燈", ["en"] = "Smart \"street\" lamp", ["ko"] = "스마트 가로등" },
        new Dictionary<string, string> { ["en"] = "Dims <itself> & more\n" },
        "environment", new Provider("Lumen Co.", null, "taipei"), "pilot", 7, ["lighting", "燈"], null, At, At.AddDays(1)));

    public static TheoryData<object> CatalogEvents =>
    [
        Lamp,
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
    public void A_catalog_event_as_masstransit_writes_it_has_the_canonical_bytes_its_sender_signed(object message)
    {
        var wire = JsonSerializer.Serialize(message, message.GetType(), SystemTextJsonMessageSerializer.Options);

        Assert.Equal(Canonical(message), Received(message.GetType(), wire));
    }

    [Fact]
    public void Spacing_and_escaping_on_the_wire_do_not_change_the_canonical_bytes()
    {
        var message = Lamp;
        var wire = JsonSerializer.Serialize(message, new JsonSerializerOptions(SystemTextJsonMessageSerializer.Options)
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        Assert.Contains("智慧路燈", wire); // written unescaped, where the signer's form escapes it
        Assert.Equal(Canonical(message), Received(typeof(SolutionPublished), wire));
    }

    [Fact]
    public void A_changed_value_on_the_wire_changes_the_canonical_bytes()
    {
        var message = new SolutionWithdrawn(Id, "taipei", 4, At);
        var wire = JsonSerializer.Serialize(message, SystemTextJsonMessageSerializer.Options).Replace("taipei", "seoul");

        Assert.NotEqual(Canonical(message), Received(typeof(SolutionWithdrawn), wire));
    }

    [Fact]
    public void The_canonical_form_names_version_origin_id_time_type_and_target_before_the_json()
    {
        var text = Canonical(new SolutionWithdrawn(Id, "taipei", 4, At), "seoul");

        Assert.Equal("federation-message-v2\ntaipei\n6f0c3e1a-0000-4000-8000-000000000001\n2026-03-01T01:30:15.1234567Z\n" +
                     "Federation.Contracts.Catalog.SolutionWithdrawn\nseoul\n" +
                     "{\"id\":\"6f0c3e1a-0000-4000-8000-000000000001\",\"city\":\"taipei\",\"version\":4,\"withdrawnAt\":\"2026-03-01T09:30:15.1234567+08:00\"}",
            text);
    }

    private static string Canonical(object message, string? target = null) => Encoding.UTF8.GetString(
        CanonicalMessage.Bytes("taipei", Id, CanonicalMessage.FormatSentAt(At), message, target));

    /// <summary>What a receiver computes from the envelope MassTransit would carry <paramref name="wireMessage"/> in.</summary>
    private static string Received(Type type, string wireMessage)
    {
        var envelope = Encoding.UTF8.GetBytes($"{{\"messageId\":\"{Id}\",\"message\":{wireMessage},\"headers\":{{}}}}");
        var json = CanonicalMessage.WireMessage(envelope) ?? throw new InvalidOperationException("no message in the envelope");
        return Encoding.UTF8.GetString(CanonicalMessage.Bytes("taipei", Id, CanonicalMessage.FormatSentAt(At), type, json, null));
    }
}
