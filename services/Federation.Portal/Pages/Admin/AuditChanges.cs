using System.Text.Json;

namespace Federation.Portal.Pages.Admin;

/// <summary>
/// An audit entry's before and after as a reader wants them: the fields that changed, each as compact JSON
/// (a created record shows every field; a field whose value is unchanged is left out).
/// </summary>
public static class AuditChanges
{
    public sealed record Change(string Field, string? Before, string? After);

    public static IReadOnlyList<Change> Of(JsonElement? before, JsonElement? after)
    {
        var was = Fields(before);
        var now = Fields(after);
        if (was is null && now is null)
            return before is null && after is null ? [] : [new Change("", Compact(before), Compact(after))];
        return [.. (was?.Keys ?? Enumerable.Empty<string>()).Union(now?.Keys ?? Enumerable.Empty<string>())
            .Select(field => new Change(field, Compact(was?.GetValueOrDefault(field)), Compact(now?.GetValueOrDefault(field))))
            .Where(c => c.Before != c.After)];
    }

    private static Dictionary<string, JsonElement>? Fields(JsonElement? record) =>
        record is { ValueKind: JsonValueKind.Object } o ? o.EnumerateObject().ToDictionary(p => p.Name, p => p.Value) : null;

    private static string? Compact(JsonElement? value) =>
        value is { } v && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? JsonSerializer.Serialize(v) : null;
}
