using System.Text.Json;
using Federation.Trials.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Federation.Trials.Storage;

/// <summary>A KPI list as one JSON column: it is read and replaced whole, never queried by its parts.</summary>
internal static class KpiListConversion
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<Kpi>> HasKpiListConversion(this PropertyBuilder<List<Kpi>> property) =>
        property.HasConversion(
            kpis => JsonSerializer.Serialize(kpis, Json),
            json => JsonSerializer.Deserialize<List<Kpi>>(json, Json) ?? new List<Kpi>(),
            // Kpi is a record: lists compare by content, and a snapshot is a new list of the same records.
            new ValueComparer<List<Kpi>>(
                (a, b) => a!.SequenceEqual(b!),
                kpis => kpis.Aggregate(0, HashCode.Combine),
                kpis => kpis.ToList()));

    public static ComplexTypePropertyBuilder<List<Kpi>> HasKpiListConversion(this ComplexTypePropertyBuilder<List<Kpi>> property) =>
        property.HasConversion(
            kpis => JsonSerializer.Serialize(kpis, Json),
            json => JsonSerializer.Deserialize<List<Kpi>>(json, Json) ?? new List<Kpi>(),
            new ValueComparer<List<Kpi>>(
                (a, b) => a!.SequenceEqual(b!),
                kpis => kpis.Aggregate(0, HashCode.Combine),
                kpis => kpis.ToList()));
}
