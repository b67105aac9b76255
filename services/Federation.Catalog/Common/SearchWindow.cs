using Federation.Catalog.Features.Solutions;
using RecordKey = Federation.Catalog.Common.CatalogSearch.RecordKey;

namespace Federation.Catalog.Common;

/// <summary>
/// Ranking and facets over a window of candidates: the newest matches of the query, domain and city, at most
/// <see cref="CatalogSearch.NewestWindow"/> of them. Ranking or counting every match of a common word (tens of thousands
/// at 100,000 listings) on each search would cost many times issue 15's 20 ms; its newest matches are a fair sample.
/// <list type="bullet">
/// <item>When the window holds every match (a rarer word: the index finds its few matches fast; or a small catalogue),
/// the ranking, the facets and the total are exact.</item>
/// <item>Otherwise the ranking orders that window (<c>sort=newest</c> reaches every page), the facets are the window's
/// counts scaled to the total, to two figures, and marked <see cref="SearchFacets.Estimated"/>, as totals are.</item>
/// <item><c>verified=true</c> and <c>awarded=true</c> read only the few listings a trial or an award named: exact.</item>
/// <item>A listing's other filters (TRL, maturity, not verified, not awarded) keep the window's candidates that pass;
/// the total is then exact only if the window held every match, else estimated the same way.</item>
/// </list>
/// </summary>
internal sealed class SearchWindow(CatalogSearch search)
{
    /// <summary>Fewer matches than this among the newest records: a sample too small to rank or to count from; the index reads them all.</summary>
    private const int FewestCandidates = 100;

    /// <param name="withPage">False when only the facets are wanted (the newest-first search reads its own page).</param>
    public async Task<Found<T>> RunAsync<T>(CatalogDbContext db, DbSet<T> records, LiveCounts? counts, CancellationToken ct, bool withPage = true)
        where T : CatalogRecord
    {
        var listings = typeof(T) == typeof(Solution);
        var (verified, awarded) = listings ? await ListingBadges.ReadAsync(db, ct) : ([], []);
        var named = Named(verified, awarded);
        var window = named is null ? await WindowAsync(db, records, counts, ct) : await NamedAsync(records, named, ct);
        foreach (var c in window.Candidates)
            (c.Verified, c.Awarded) = listings ? (verified.Contains(c.Key), awarded.Contains(c.Key)) : ((bool?)null, (bool?)null);

        var passed = window.Candidates.Where(Passes).ToList();
        // How many matches each candidate stands for: one when the window holds them all. Without it, even a count of
        // none is a guess: older matches may pass a listing filter that none of the window's passed.
        var scale = window.Complete || window.Candidates.Count == 0 ? 1 : (double)window.Total / window.Candidates.Count;
        var estimated = !window.Complete;
        int Scaled(int count) => estimated ? Math.Max(count, CatalogSearch.TwoFigures(count * scale)) : count;

        if (search.ByRelevance && search.Terms.Length > 0)
            foreach (var c in passed) c.Rank = Relevance.Rank(search.Terms, c.Text!, c.Title!);
        var ordered = passed.OrderBy(c => search.ByRelevance ? c.Rank : 0).ThenByDescending(c => c.PublishedAt)
            .ThenBy(c => c.City, StringComparer.Ordinal).ThenBy(c => c.Id);
        var page = ordered.Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).Select(c => c.Key).ToList();
        var (total, totalIsEstimate) = search.FiltersListings || window.Complete
            ? (Scaled(passed.Count), estimated)
            : (window.Total, window.TotalIsEstimate);
        return new Found<T>(withPage ? await CatalogSearch.ReadAsync(records, page, ct) : [], total, totalIsEstimate)
        {
            Facets = Facets.Of(passed, Scaled, estimated),
        };
    }

    private bool Passes(Candidate c) =>
        (search.Trl is null || c.Trl == search.Trl) && (search.Maturity is null || c.Maturity == search.Maturity)
        && (search.Verified is null || c.Verified == search.Verified) && (search.Awarded is null || c.Awarded == search.Awarded);

    /// <summary>The listings a <c>verified=true</c> or <c>awarded=true</c> filter names; null when neither is asked.</summary>
    private HashSet<RecordKey>? Named(HashSet<RecordKey> verified, HashSet<RecordKey> awarded) => (search.Verified, search.Awarded) switch
    {
        (true, true) => [.. verified.Intersect(awarded)],
        (true, _) => verified,
        (_, true) => awarded,
        _ => null,
    };

    /// <summary>Every match among a few named listings: exact.</summary>
    private async Task<Window> NamedAsync<T>(DbSet<T> records, HashSet<RecordKey> named, CancellationToken ct) where T : CatalogRecord
    {
        var ids = named.Select(k => k.Id).Distinct().ToList();
        var rows = search.Live(records).Where(r => ids.Contains(r.Id));
        foreach (var term in search.Terms) rows = rows.Where(r => r.SearchText.Contains(term));
        var candidates = (await Candidate.Read(rows, Ranks).ToListAsync(ct)).Where(c => named.Contains(c.Key)).ToList();
        return new Window(candidates, candidates.Count, false, Complete: true);
    }

    /// <summary>
    /// The newest matches: among the newest records if they hold enough of them (a common word, or no words), else the
    /// newest the index finds (see <see cref="CatalogSearch"/> for both reads).
    /// </summary>
    private async Task<Window> WindowAsync<T>(CatalogDbContext db, DbSet<T> records, LiveCounts? counts, CancellationToken ct)
        where T : CatalogRecord
    {
        var size = search.NewestWindow;
        var live = search.Live(records);
        if (search.Terms.Length == 0 || search.EstimateTotal && counts is not null)
        {
            // By time alone, so that SQLite reads the window through the PublishedAt index (see CatalogSearch).
            var newest = live.OrderByDescending(r => r.PublishedAt).Take(size);
            foreach (var term in search.Terms) newest = newest.Where(r => r.SearchText.Contains(term));
            var read = await Candidate.Read(newest, Ranks).ToListAsync(ct);
            var boundary = await live.OrderByDescending(r => r.PublishedAt).Skip(size)
                .Select(r => (DateTimeOffset?)r.PublishedAt).FirstOrDefaultAsync(ct);
            if (boundary is null) return new Window(read, read.Count, false, Complete: true);
            var certain = read.Where(c => c.PublishedAt > boundary).ToList();
            if (search.Terms.Length == 0)
                return counts is not null && search.EstimateTotal
                    ? new Window(certain, await counts.GetAsync(live, search.Domain, search.City, ct), false, Complete: false)
                    : new Window(certain, await live.CountAsync(ct), false, Complete: false);
            if (certain.Count >= Math.Max(FewestCandidates, search.Page * search.PageSize))
            {
                var liveCount = await counts!.GetAsync(live, search.Domain, search.City, ct);
                var estimate = Math.Max(read.Count, CatalogSearch.TwoFigures((double)read.Count / size * liveCount));
                return new Window(certain, estimate, TotalIsEstimate: true, Complete: false);
            }
        }
        var rows = SearchIndex.Rows<T>(db, search.Terms).Where(r => !r.Withdrawn);
        if (search.Domain is not null) rows = rows.Where(r => r.Domain == search.Domain);
        if (search.City is not null) rows = rows.Where(r => r.City == search.City);
        var total = await rows.CountAsync(ct);
        var keys = await rows.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.City).ThenBy(r => r.Id).Take(size)
            .Select(r => new RecordKey(r.City, r.Id)).ToListAsync(ct);
        var ids = keys.Select(k => k.Id).Distinct().ToList();
        var wanted = keys.ToHashSet();
        var candidates = (await Candidate.Read(live.Where(r => ids.Contains(r.Id)), Ranks).ToListAsync(ct))
            .Where(c => wanted.Contains(c.Key)).ToList();
        return new Window(candidates, total, false, Complete: total <= size);
    }

    private bool Ranks => search.ByRelevance && search.Terms.Length > 0;

    /// <param name="Total">How many records match the query, domain and city (a listing's own filters aside).</param>
    /// <param name="Complete">Whether <paramref name="Candidates"/> holds every one of them.</param>
    private sealed record Window(List<Candidate> Candidates, int Total, bool TotalIsEstimate, bool Complete);
}
