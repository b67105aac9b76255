namespace Federation.Awards.Domain;

/// <summary>A criterion entries are scored on, with its weight as a whole percentage.</summary>
public sealed record Criterion(string Key, string Name, decimal Weight)
{
    public const string CrossDomain = "cross-domain";
    public const string Impact = "impact";
    public const string Functionality = "functionality";
    public const string Innovation = "innovation";

    /// <summary>The GO SMART Award's criteria: cross-domain 30, impact 30, functionality 20, innovation 20.</summary>
    public static IReadOnlyList<Criterion> Defaults { get; } =
    [
        new(CrossDomain, "Cross-domain", 30m),
        new(Impact, "Impact", 30m),
        new(Functionality, "Functionality", 20m),
        new(Innovation, "Innovation", 20m),
    ];

    /// <summary>Keys, names and weights: unique well-formed keys, whole positive weights summing to 100.</summary>
    public static StepResult Check(IReadOnlyList<Criterion>? criteria)
    {
        if (criteria is null || criteria.Count == 0)
            return StepResult.Invalid("criteria", "At least one criterion is required.", new(FieldCodes.Required));
        foreach (var c in criteria)
        {
            if (!IsKey(c.Key))
                return StepResult.Invalid("criteria", $"'{c.Key}' is not a key: lower-case letters, digits and single hyphens.");
            if (string.IsNullOrWhiteSpace(c.Name))
                return StepResult.Invalid("criteria", $"Criterion '{c.Key}' needs a name.");
            if (c.Weight != decimal.Truncate(c.Weight) || c.Weight < 1 || c.Weight > 100)
                return StepResult.Invalid("criteria", $"Criterion '{c.Key}' has weight {c.Weight}; a weight is a whole number from 1 to 100.");
            if (criteria.Count(o => o.Key == c.Key) > 1)
                return StepResult.Invalid("criteria", $"Criterion '{c.Key}' appears more than once.", new(FieldCodes.Repeated));
        }
        var sum = criteria.Sum(c => c.Weight);
        return sum == 100 ? StepResult.Ok : StepResult.Invalid("criteria", $"The weights sum to {sum}, not 100.");
    }

    // Keys name CSV columns and URL segments, so they stay plain.
    private static bool IsKey(string? key) =>
        !string.IsNullOrEmpty(key) && key.Length <= Features.Cycles.CycleLimits.CriterionKeyLength && key[0] != '-' && key[^1] != '-' && !key.Contains("--")
        && key.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}

public enum TieBreakRule
{
    /// <summary>The higher average on a named criterion.</summary>
    Criterion,

    /// <summary>The lower spread (standard deviation) of the judges' weighted scores.</summary>
    LowestSpread,

    /// <summary>The entry nominated first.</summary>
    EarliestEntry,
}

/// <summary>How a cycle orders entries with the same score.</summary>
public sealed record TieBreak(TieBreakRule Rule, string? CriterionKey = null)
{
    /// <summary>Absent a rule, the criterion rule on the first criterion of the highest weight.</summary>
    public static TieBreak DefaultFor(IReadOnlyList<Criterion> criteria) =>
        new(TieBreakRule.Criterion, criteria.OrderByDescending(c => c.Weight).First().Key);

    public StepResult Check(IReadOnlyList<Criterion> criteria) =>
        !Enum.IsDefined(Rule) ? StepResult.Invalid("tieBreak.rule", "Unknown tie-break rule.")
        : Rule != TieBreakRule.Criterion
            ? CriterionKey is null ? StepResult.Ok : StepResult.Invalid("tieBreak.criterion", $"Only the criterion rule names a criterion, not the {Rule} rule.")
        : CriterionKey is null ? StepResult.Invalid("tieBreak.criterion", "The criterion rule names the criterion that breaks ties.")
        : criteria.Any(c => c.Key == CriterionKey) ? StepResult.Ok
        : StepResult.Invalid("tieBreak.criterion", $"'{CriterionKey}' is not one of the cycle's criteria.");
}

/// <summary>A period open from <see cref="Opens"/> (inclusive) until <see cref="Closes"/> (exclusive).</summary>
public sealed record Window(DateTimeOffset Opens, DateTimeOffset Closes)
{
    public bool IsOpenAt(DateTimeOffset now) => now >= Opens && now < Closes;

    public bool HasClosedAt(DateTimeOffset now) => now >= Closes;

    /// <summary>Conflict unless the window is open: every out-of-window step is refused the same way.</summary>
    public StepResult Require(DateTimeOffset now, string what) =>
        now < Opens ? StepResult.Conflict($"{what} opens at {Opens:O}.")
        : now >= Closes ? StepResult.Conflict($"{what} closed at {Closes:O}.")
        : StepResult.Ok;
}
