using Federation.Contracts.Catalog;

namespace Federation.Hosts.Tests;

/// <summary>What one city's catalogue shows of a run's listings: each live listing's id, version and title.</summary>
public sealed record CatalogueView(string City, IReadOnlyList<(Guid Id, long Version, string Title)> Listings)
{
    /// <summary>Reads every page of the run's listings (their titles carry <paramref name="tag"/>) owned by <paramref name="owner"/>.</summary>
    public static async Task<CatalogueView> ReadAsync(HttpClient catalog, string city, string owner, string tag) =>
        new(city, [.. (await Pages.AllAsync<SolutionResponse>(catalog, $"/api/solutions?city={owner}&q={Uri.EscapeDataString(tag)}"))
            .Select(s => (s.Id, s.Version, s.Title.GetValueOrDefault("en") ?? ""))]);

    /// <summary>How this city's view differs from the owner's: counts of each kind of difference.</summary>
    public Differences ComparedTo(CatalogueView truth)
    {
        var mine = Listings.GroupBy(l => l.Id).ToDictionary(g => g.Key, g => g.First());
        var theirs = truth.Listings.ToDictionary(l => l.Id);
        return new Differences(
            Lost: theirs.Keys.Count(id => !mine.ContainsKey(id)),
            Extra: mine.Keys.Count(id => !theirs.ContainsKey(id)),
            Duplicated: Listings.Count - Listings.Select(l => l.Title).Distinct().Count(),
            WrongVersion: mine.Values.Count(l => theirs.TryGetValue(l.Id, out var t) && (t.Version != l.Version || t.Title != l.Title)));
    }
}

/// <param name="Lost">The owner's live listings missing here.</param>
/// <param name="Extra">Listings live here that the owner does not have live (a withdrawal that never arrived, say).</param>
/// <param name="Duplicated">Listings shown more than once under one title.</param>
/// <param name="WrongVersion">Listings here at another version or with another title than the owner's.</param>
public sealed record Differences(int Lost, int Extra, int Duplicated, int WrongVersion)
{
    public bool None => Lost == 0 && Extra == 0 && Duplicated == 0 && WrongVersion == 0;
}
