namespace Federation.Awards.Domain;

/// <summary>
/// A cycle's name and labels in the network's other languages, keyed by BCP 47 tag. The English name and labels
/// stay the cycle's own (winners are chosen by them, messages of an earlier release carry only them), so
/// these only ever add; a cycle of an earlier release has none.
/// </summary>
/// <param name="Labels">Keyed by the label as the cycle spells it, then by language.</param>
public sealed record CycleTranslations(
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Labels)
{
    public static readonly CycleTranslations None = new(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>Each translated label is one of <paramref name="labels"/>, once (labels are matched ignoring case).</summary>
    public StepResult Check(IReadOnlyList<string> labels)
    {
        var keys = Labels.Keys.ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!labels.Any(l => Matches(l, keys[i])))
                return StepResult.Invalid($"labelNames.{keys[i]}", $"'{keys[i]}' is not one of the cycle's labels.");
            if (keys.Take(i).Any(k => Matches(k, keys[i])))
                return StepResult.Invalid($"labelNames.{keys[i]}", $"'{keys[i]}' is translated twice.");
        }
        return StepResult.Ok;
    }

    private static bool Matches(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    // Records compare dictionaries by reference; a replayed call must compare equal by content.
    public bool Equals(CycleTranslations? other) =>
        other is not null && Same.Maps(Name, other.Name) && Labels.Count == other.Labels.Count
        && Labels.All(l => other.Labels.TryGetValue(l.Key, out var names) && Same.Maps(l.Value, names));

    public override int GetHashCode() => HashCode.Combine(Name.Count, Labels.Count);
}
