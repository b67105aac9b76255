using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>
/// Values kept as one JSON column each: read and replaced whole, never queried by their parts. Used for
/// values EF cannot map as complex types: dictionaries (a solution's title in several languages) and records
/// holding them or holding lists of records (a finalist, a winner, an assigned entry, a score sheet).
/// </summary>
public static class JsonColumns
{
    // System.Text.Json writes a decimal with its own digits (7.5 as 7.5, 8 as 8) and a time with its offset.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) =>
        property.HasConversion(new JsonConverter<T>(), new JsonComparer<T>());

    /// <summary>
    /// A record inside a complex type. EF binds a record's constructor only to scalar properties, so a record
    /// parameter (the party of a declination) is stored as one value, not as a nested complex type.
    /// </summary>
    public static ComplexTypePropertyBuilder<T> AsJson<T>(this ComplexTypePropertyBuilder<T> property) =>
        property.HasConversion(new JsonConverter<T>(), new JsonComparer<T>());

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;

    private sealed class JsonConverter<T>() : ValueConverter<T, string>(
        value => Serialize(value),
        json => Deserialize<T>(json));

    // Equal when they serialize alike, so a list replaced by an equal one is no change; the snapshot is a deep
    // copy, so a list or dictionary changed in place is one.
    private sealed class JsonComparer<T>() : ValueComparer<T>(
        (a, b) => Serialize(a) == Serialize(b),
        value => Serialize(value).GetHashCode(),
        value => Deserialize<T>(Serialize(value)));
}
