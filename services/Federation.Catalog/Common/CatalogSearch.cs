namespace Federation.Catalog.Common;

/// <summary>The query string of a catalogue search: <c>?q=&amp;domain=&amp;city=&amp;page=&amp;pageSize=</c>.</summary>
public sealed record CatalogSearch(string[] Terms, string? Domain, string? City, int Page, int PageSize)
{
    public const int DefaultPageSize = Paging.DefaultPageSize;
    public const int MaxPageSize = Paging.MaxPageSize;

    /// <summary>Reads raw strings, so that <c>page=abc</c> is a named 400 rather than a binding failure.</summary>
    public static bool TryRead(string? q, string? domain, string? city, string? page, string? pageSize,
        MemberList members, out CatalogSearch search, out ValidationProblem problem)
    {
        var problems = new InputProblems();
        var query = problems.OptionalText("q", q, 200);
        var domainValue = string.IsNullOrWhiteSpace(domain) ? null : problems.OneOf("domain", domain, CatalogVocabulary.Domains);
        var cityValue = string.IsNullOrWhiteSpace(city) ? null : city.Trim().ToLowerInvariant();
        if (cityValue is not null && !members.Contains(cityValue)) problems.Add("city", $"'{city}' is not a member city.");
        var paging = Paging.Read(problems, page, pageSize);
        search = new CatalogSearch(CatalogText.Terms(query), domainValue, cityValue, paging.Page, paging.PageSize);
        problem = problems.ToResult();
        return !problems.Any;
    }

    /// <summary>
    /// Runs the search over live (not withdrawn) records of every city, newest first, then by owner and id: the terms
    /// through the database's index (<see cref="SearchIndex"/>), not by reading every record; then the page's records.
    /// </summary>
    public async Task<(List<T> Items, int Total)> RunAsync<T>(CatalogDbContext db, DbSet<T> records, CancellationToken ct) where T : CatalogRecord
    {
        var rows = SearchIndex.Rows<T>(db, Terms).Where(r => !r.Withdrawn);
        if (Domain is not null) rows = rows.Where(r => r.Domain == Domain);
        if (City is not null) rows = rows.Where(r => r.City == City);
        var total = await rows.CountAsync(ct);
        var page = await new Paging(Page, PageSize).Of(rows.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.City).ThenBy(r => r.Id))
            .ToListAsync(ct);
        var ids = page.Select(r => r.Id).Distinct().ToList();
        var held = await records.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        // In the page's order; one withdrawn since the page was read is left out, as a moment later it would be.
        var items = page.Select(row => held.FirstOrDefault(r => r.Id == row.Id && r.City == row.City && !r.Withdrawn)).OfType<T>().ToList();
        return (items, total);
    }
}
