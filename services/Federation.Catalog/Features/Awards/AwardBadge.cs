namespace Federation.Catalog.Features.Awards;

/// <summary>
/// What the secretariat published about one solution in one award cycle: it won a label, or was a
/// finalist. Kept apart from the listing, which only its owner changes; one per cycle and solution.
/// </summary>
public sealed class AwardBadge
{
    public Guid CycleId { get; private set; }
    public string SolutionCity { get; private set; } = "";
    public Guid SolutionId { get; private set; }
    public string SecretariatCity { get; private set; } = "";
    public int Year { get; private set; }
    public string CycleName { get; private set; } = "";
    public string? Label { get; private set; }
    public string Standing { get; private set; } = "";
    public DateTimeOffset PublishedAt { get; private set; }

    public static AwardBadge For(Guid cycleId, string solutionCity, Guid solutionId) =>
        new() { CycleId = cycleId, SolutionCity = solutionCity, SolutionId = solutionId };

    /// <summary>Sets what the publication says of this solution (a later publication of the cycle replaces it).</summary>
    public void Published(string secretariatCity, int year, string cycleName, string? label, DateTimeOffset publishedAt) =>
        (SecretariatCity, Year, CycleName, Label, Standing, PublishedAt) =
            (secretariatCity, year, cycleName, label, label is null ? SolutionAward.Finalist : SolutionAward.Winner, publishedAt);

    public SolutionAward ToResponse() => new(CycleId, Year, CycleName, Label, Standing, PublishedAt);
}
