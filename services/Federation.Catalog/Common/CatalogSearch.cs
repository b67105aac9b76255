namespace Federation.Catalog.Common;

/// <summary>
/// The query string of a catalogue search: <c>?q=&amp;domain=&amp;city=&amp;page=&amp;pageSize=&amp;total=</c>, and
/// <c>&amp;sort=relevance|newest&amp;trl=&amp;maturity=&amp;verified=&amp;awarded=</c> (see <see cref="SearchWindow"/>).
/// </summary>
/// <param name="EstimateTotal">
/// <c>total=estimate</c>: a common word's total may be estimated (<see cref="NewestWindow"/>); the page is exact either way.
/// </param>
public sealed record CatalogSearch(string[] Terms, string? Domain, string? City, int Page, int PageSize, bool EstimateTotal = false)
{
    /// <summary>Best first (<see cref="Relevance"/>), then newest; the endpoints' default when there is a query.</summary>
    public bool ByRelevance { get; init; }

    /// <summary>Whether the result carries <see cref="SearchFacets"/>: the endpoints always ask; the storage tests need none.</summary>
    public bool Faceted { get; init; }

    /// <summary>A listing's own filters: TRL, maturity, verified in another city, awarded (a challenge has none of them).</summary>
    public int? Trl { get; init; }
    public string? Maturity { get; init; }
    public bool? Verified { get; init; }
    public bool? Awarded { get; init; }

    public bool FiltersListings => Trl is not null || Maturity is not null || Verified is not null || Awarded is not null;

    public const int DefaultPageSize = Paging.DefaultPageSize;
    public const int MaxPageSize = Paging.MaxPageSize;

    /// <summary>
    /// How many of the newest live records an estimating search reads before it turns to the index. Enough to fill the
    /// first pages of any word in one record of 100 (each read is a key lookup and a substring test: about 2 ms for all).
    /// </summary>
    public int NewestWindow { get; init; } = 2_000;

    /// <summary>Reads raw strings, so that <c>page=abc</c> is a named 400 rather than a binding failure.</summary>
    public static bool TryRead(SearchQuery query, MemberList members, out CatalogSearch search, out ValidationProblem problem)
    {
        var (q, domain, city, page, pageSize, total) = (query.Q, query.Domain, query.City, query.Page, query.PageSize, query.Total);
        var problems = new InputProblems();
        var text = problems.OptionalText("q", q, 200);
        var domainValue = string.IsNullOrWhiteSpace(domain) ? null : problems.OneOf("domain", domain, CatalogVocabulary.Domains);
        var cityValue = string.IsNullOrWhiteSpace(city) ? null : city.Trim().ToLowerInvariant();
        if (cityValue is not null && !members.Contains(cityValue)) problems.Add("city", FieldCodes.NotAMemberCity, $"'{city}' is not a member city.", ("city", cityValue));
        var paging = Paging.Read(problems, page, pageSize);
        var totalValue = string.IsNullOrWhiteSpace(total) ? "exact" : problems.OneOf("total", total, ["exact", "estimate"]);
        var sort = string.IsNullOrWhiteSpace(query.Sort) ? null : problems.OneOf("sort", query.Sort, ["relevance", "newest"]);
        var trl = string.IsNullOrWhiteSpace(query.Trl) ? (int?)null : problems.WholeNumber("trl", query.Trl, 0, 1, 9);
        var maturity = string.IsNullOrWhiteSpace(query.Maturity) ? null : problems.OneOf("maturity", query.Maturity, CatalogVocabulary.Maturities);
        search = new CatalogSearch(CatalogText.Terms(text), domainValue, cityValue, paging.Page, paging.PageSize, totalValue == "estimate")
        {
            ByRelevance = sort is null ? text is not null : sort == "relevance",
            Faceted = true,
            Trl = trl,
            Maturity = maturity,
            Verified = YesOrNo(problems, "verified", query.Verified),
            Awarded = YesOrNo(problems, "awarded", query.Awarded),
        };
        problem = problems.ToResult();
        return !problems.Any;
    }

    private static bool? YesOrNo(InputProblems problems, string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : problems.OneOf(field, value, ["true", "false"]) == "true";

    /// <summary>
    /// Runs the search over live (not withdrawn) records of every city. Ranked by relevance, or filtered by a listing's
    /// own filters, it reads a window of candidates (<see cref="SearchWindow"/>). Otherwise newest first, then by owner and
    /// id, every page exact, its facets (if asked) from that window. A search that
    /// may estimate first reads the newest <see cref="NewestWindow"/> records (<see cref="FromNewestAsync{T}"/>); any
    /// other goes through the database's index (<see cref="SearchIndex"/>), counting every match.
    /// </summary>
    public async Task<Found<T>> RunAsync<T>(CatalogDbContext db, DbSet<T> records, LiveCounts? counts, CancellationToken ct)
        where T : CatalogRecord
    {
        if (ByRelevance && Terms.Length > 0 || FiltersListings) return await new SearchWindow(this).RunAsync(db, records, counts, ct);
        var found = await NewestAsync(db, records, counts, ct);
        return Faceted ? found with { Facets = (await new SearchWindow(this).RunAsync(db, records, counts, ct, withPage: false)).Facets } : found;
    }

    private async Task<Found<T>> NewestAsync<T>(CatalogDbContext db, DbSet<T> records, LiveCounts? counts, CancellationToken ct)
        where T : CatalogRecord
    {
        if (EstimateTotal && Terms.Length > 0 && counts is not null && await FromNewestAsync(records, counts, ct) is { } newest)
            return newest;
        var rows = SearchIndex.Rows<T>(db, Terms).Where(r => !r.Withdrawn);
        if (Domain is not null) rows = rows.Where(r => r.Domain == Domain);
        if (City is not null) rows = rows.Where(r => r.City == City);
        var total = await rows.CountAsync(ct);
        var page = await new Paging(Page, PageSize).Of(rows.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.City).ThenBy(r => r.Id))
            .Select(r => new RecordKey(r.City, r.Id)).ToListAsync(ct);
        return new Found<T>(await ReadAsync(records, page, ct), total);
    }

    /// <summary>
    /// A common word's page without counting its tens of thousands of matches: the matches among the newest records are
    /// the newest matches, so if they fill the page, the page is exact; the total is their share of the window times the
    /// live records (counted at most every few seconds, <see cref="LiveCounts"/>), to two figures. Null when they do not
    /// fill it (a rarer word: the index finds its few matches fast).
    /// </summary>
    private async Task<Found<T>?> FromNewestAsync<T>(DbSet<T> records, LiveCounts counts, CancellationToken ct) where T : CatalogRecord
    {
        var live = Live(records);
        // By time alone, so that SQLite reads the window through the PublishedAt index: ordered by owner and id as well,
        // it sorted every record first (SQLite 3.53 plans so without statistics), 80 times slower.
        var window = live.OrderByDescending(r => r.PublishedAt).Take(NewestWindow);
        foreach (var term in Terms) window = window.Where(r => r.SearchText.Contains(term));
        var matches = await window.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.City).ThenBy(r => r.Id)
            .Select(r => new { Key = new RecordKey(r.City, r.Id), r.PublishedAt }).ToListAsync(ct);
        // The newest record outside the window: every record newer than it is inside, not every one as new.
        var boundary = await live.OrderByDescending(r => r.PublishedAt).Skip(NewestWindow)
            .Select(r => (DateTimeOffset?)r.PublishedAt).FirstOrDefaultAsync(ct);
        var certain = matches.Where(m => boundary is null || m.PublishedAt > boundary).Select(m => m.Key).ToList();
        var page = certain.Skip((Page - 1) * PageSize).Take(PageSize).ToList();
        if (boundary is null) return new Found<T>(await ReadAsync(records, page, ct), matches.Count);
        if (certain.Count < Page * PageSize) return null;
        var liveCount = await counts.GetAsync(live, Domain, City, ct);
        var estimate = Math.Max(matches.Count, TwoFigures((double)matches.Count / NewestWindow * liveCount));
        return new Found<T>(await ReadAsync(records, page, ct), estimate, TotalIsEstimate: true);
    }

    internal IQueryable<T> Live<T>(DbSet<T> records) where T : CatalogRecord
    {
        var live = records.AsNoTracking().Where(r => !r.Withdrawn);
        if (Domain is not null) live = live.Where(r => r.Domain == Domain);
        if (City is not null) live = live.Where(r => r.City == City);
        return live;
    }

    /// <summary>The page's records in the page's order; one withdrawn since the page was read is left out, as a moment later it would be.</summary>
    internal static async Task<List<T>> ReadAsync<T>(DbSet<T> records, List<RecordKey> page, CancellationToken ct) where T : CatalogRecord
    {
        var ids = page.Select(r => r.Id).Distinct().ToList();
        var held = (await records.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct))
            .Where(r => !r.Withdrawn).ToDictionary(r => new RecordKey(r.City, r.Id));
        return [.. page.Select(key => held.GetValueOrDefault(key)).OfType<T>()];
    }

    internal static int TwoFigures(double value)
    {
        if (value < 100) return (int)Math.Round(value);
        var unit = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return (int)(Math.Round(value / unit) * unit);
    }

    internal sealed record RecordKey(string City, Guid Id);
}

/// <summary>A search's raw query string: every value as text, so that each bad one is a 400 naming it.</summary>
public sealed record SearchQuery(string? Q, string? Domain, string? City, string? Page, string? PageSize, string? Total,
    string? Sort = null, string? Trl = null, string? Maturity = null, string? Verified = null, string? Awarded = null);

/// <summary>A page of a search and the number of records it matched in all (or an estimate of it, two figures).</summary>
public sealed record Found<T>(List<T> Items, int Total, bool TotalIsEstimate = false)
{
    public SearchFacets? Facets { get; init; }
}
