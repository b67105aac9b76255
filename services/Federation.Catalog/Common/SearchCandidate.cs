using Federation.Catalog.Features.Solutions;
using RecordKey = Federation.Catalog.Common.CatalogSearch.RecordKey;

namespace Federation.Catalog.Common;

/// <summary>What ranking and facets read of one matching record; its text only when it is to be ranked.</summary>
internal sealed class Candidate
{
    public string City { get; init; } = "";
    public Guid Id { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
    public string Domain { get; init; } = "";
    /// <summary>A listing's readiness; null for a challenge, which has none.</summary>
    public int? Trl { get; init; }
    public string? Maturity { get; init; }
    public IReadOnlyDictionary<string, string>? Title { get; init; }
    public string? Text { get; init; }
    public bool? Verified { get; set; }
    public bool? Awarded { get; set; }
    public int Rank { get; set; }

    public RecordKey Key => new(City, Id);

    /// <summary>
    /// The candidates among <paramref name="rows"/>. Only listings have readiness: the one place search tells the kinds
    /// apart, so that the generic search needs no projection from each endpoint.
    /// </summary>
    public static IQueryable<Candidate> Read<T>(IQueryable<T> rows, bool withText) where T : CatalogRecord => (rows, withText) switch
    {
        (IQueryable<Solution> s, true) => s.Select(r => new Candidate
            { City = r.City, Id = r.Id, PublishedAt = r.PublishedAt, Domain = r.Domain, Trl = r.Trl, Maturity = r.Maturity, Title = r.Title, Text = r.SearchText }),
        (IQueryable<Solution> s, false) => s.Select(r => new Candidate
            { City = r.City, Id = r.Id, PublishedAt = r.PublishedAt, Domain = r.Domain, Trl = r.Trl, Maturity = r.Maturity }),
        (_, true) => rows.Select(r => new Candidate
            { City = r.City, Id = r.Id, PublishedAt = r.PublishedAt, Domain = r.Domain, Title = r.Title, Text = r.SearchText }),
        _ => rows.Select(r => new Candidate { City = r.City, Id = r.Id, PublishedAt = r.PublishedAt, Domain = r.Domain }),
    };
}

/// <summary>The listings verified in a city other than their own (a passed trial), and those with an award result.</summary>
internal static class ListingBadges
{
    // Trials take months and awards name a few listings a year: both sets are small, read whole rather than per window.
    public static async Task<(HashSet<RecordKey> Verified, HashSet<RecordKey> Awarded)> ReadAsync(CatalogDbContext db, CancellationToken ct)
    {
        var verified = await db.Verifications.AsNoTracking()
            .Where(v => v.VerifiedAt != null && v.Verdict == "passed" && v.HostCity != v.SolutionCity)
            .Select(v => new RecordKey(v.SolutionCity, v.SolutionId)).Distinct().ToListAsync(ct);
        var awarded = await db.AwardBadges.AsNoTracking()
            .Select(b => new RecordKey(b.SolutionCity, b.SolutionId)).Distinct().ToListAsync(ct);
        return ([.. verified], [.. awarded]);
    }
}

/// <summary>Counts of the candidates by each facet's value, most first.</summary>
internal static class Facets
{
    public static SearchFacets Of(List<Candidate> candidates, Func<int, int> scaled, bool estimated)
    {
        List<FacetCount> By(Func<Candidate, string?> value) => [.. candidates.Select(value).OfType<string>()
            .GroupBy(v => v).Select(g => new FacetCount(g.Key, scaled(g.Count())))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
        static string? YesNo(bool? value) => value is { } v ? (v ? "true" : "false") : null;
        return new SearchFacets(By(c => c.Domain), By(c => c.City), By(c => c.Trl?.ToString()), By(c => c.Maturity),
            By(c => YesNo(c.Verified)), By(c => YesNo(c.Awarded)), estimated);
    }
}
