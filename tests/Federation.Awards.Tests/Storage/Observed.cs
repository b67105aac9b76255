using System.Text.Json;
using System.Text.Json.Serialization;

namespace Federation.Awards.Tests.Storage;

/// <summary>
/// Everything public of a value, nested lists and records included, as one comparable text. Times are
/// written as the instant they name: storage keeps times as UTC ticks, so 00:00+08:00 reads back as
/// 16:00+00:00 the day before, the same instant (and equal to it for every comparison the domain makes).
/// </summary>
internal static class Observed
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new InstantConverter() } };

    public static string Of(object? value) => JsonSerializer.Serialize(value, Json);

    private sealed class InstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("O"));
    }
}
