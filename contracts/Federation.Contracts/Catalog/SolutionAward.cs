namespace Federation.Contracts.Catalog;

/// <summary>
/// A GO SMART Award result for a solution, as every city's catalogue shows it: the cycle that gave it
/// and whether the solution won one of its labels or was shortlisted.
/// </summary>
/// <param name="CycleId">The award cycle, as the secretariat's city runs it.</param>
/// <param name="CycleName">The cycle's name, such as <c>GO SMART Award 2026</c>.</param>
/// <param name="Label">The award won, such as <c>Winner</c>; null for a finalist.</param>
/// <param name="Standing"><see cref="Winner"/> or <see cref="Finalist"/>.</param>
/// <param name="PublishedAt">When the secretariat published the cycle's results.</param>
public record SolutionAward(
    Guid CycleId,
    int Year,
    string CycleName,
    string? Label,
    string Standing,
    DateTimeOffset PublishedAt)
{
    /// <summary>The solution won <see cref="Label"/>.</summary>
    public const string Winner = "winner";

    /// <summary>The solution was shortlisted and won no label.</summary>
    public const string Finalist = "finalist";
}
