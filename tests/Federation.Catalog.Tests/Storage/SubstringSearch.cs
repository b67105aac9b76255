using Federation.Catalog.Common;
using Federation.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Federation.Catalog.Tests.Storage;

/// <summary>The search before the index, kept as the tests' oracle: every live record whose text contains every term.</summary>
public static class SubstringSearch
{
    /// <summary>A page and its total as one comparable text.</summary>
    public static string Found(IEnumerable<Guid> page, int total) => $"{total} in all: {string.Join(", ", page)}";

    public static async Task<string> RunAsync<T>(CatalogSearch search, DbSet<T> records) where T : CatalogRecord
    {
        var query = records.AsNoTracking().Where(r => !r.Withdrawn);
        if (search.Domain is not null) query = query.Where(r => r.Domain == search.Domain);
        if (search.City is not null) query = query.Where(r => r.City == search.City);
        foreach (var term in search.Terms) query = query.Where(r => r.SearchText.Contains(term));
        var total = await query.CountAsync();
        var page = await new Paging(search.Page, search.PageSize).Of(query.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.City).ThenBy(r => r.Id))
            .Select(r => r.Id).ToArrayAsync();
        return Found(page, total);
    }
}
