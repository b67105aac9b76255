using System.Text.Json;
using Federation.Trials.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Federation.Trials.Storage;

/// <summary>Values kept as one JSON column each: read and replaced whole, never queried by their parts.</summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Kpi is a record: two lists are equal by content, and a snapshot is a new list of the same records.
    private static readonly ValueComparer<List<Kpi>> KpiListComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        kpis => kpis.Aggregate(0, HashCode.Combine),
        kpis => kpis.ToList());

    private static readonly ValueComparer<Dictionary<string, string>> TextsComparer = new(
        (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
        texts => texts.Count,
        texts => new Dictionary<string, string>(texts));

    /// <summary>A text in several languages, keyed by language tag.</summary>
    public static void AsJson(this PropertyBuilder<Dictionary<string, string>> property) =>
        property.HasConversion(new JsonConverter<Dictionary<string, string>>(), TextsComparer);

    public static void AsJson(this PropertyBuilder<List<Kpi>> property) =>
        property.HasConversion(new JsonConverter<List<Kpi>>(), KpiListComparer);

    public static void AsJson(this ComplexTypePropertyBuilder<List<Kpi>> property) =>
        property.HasConversion(new JsonConverter<List<Kpi>>(), KpiListComparer);

    /// <summary>
    /// The party inside a decision. EF binds a record's constructor only to scalar properties, so the
    /// party (a parameter of every decision's constructor) is stored as one value, not as a complex type.
    /// </summary>
    public static void AsJson(this ComplexTypePropertyBuilder<Party> property) =>
        property.HasConversion(new JsonConverter<Party>());

    private sealed class JsonConverter<T>() : ValueConverter<T, string>(
        value => JsonSerializer.Serialize(value, Json),
        json => JsonSerializer.Deserialize<T>(json, Json)!);
}
