using Federation.Catalog.Common;
using Federation.ServiceDefaults.Http;

namespace Federation.Catalog.Tests.Storage;

/// <summary>On a SQLite file, the run command's store.</summary>
public sealed class SearchIndexTests(GeneratedCatalogue catalogue) : SearchIndexTests<GeneratedCatalogue>(catalogue);

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class SearchIndexTestsOnPostgres(PostgresGeneratedCatalogue catalogue) : SearchIndexTests<PostgresGeneratedCatalogue>(catalogue);

/// <summary>
/// The index finds exactly what a substring search over every record finds (<see cref="SubstringSearch"/>, the search
/// before the index), in the same order, page by page, over a few thousand generated listings and challenges.
/// </summary>
public abstract class SearchIndexTests<TCatalogue>(TCatalogue catalogue) : IClassFixture<TCatalogue>
    where TCatalogue : GeneratedCatalogue
{
    public static TheoryData<string> Queries() =>
    [
        // Short Chinese and Korean words, and single characters; a word that spans two (智慧|路燈).
        "智慧", "路燈", "智", "燈", "慧路", "스마트", "스", "등", "가로등", "정류장",
        // English in any case, full-width, joined, hyphenated, one and two letters, a word inside another.
        "smart", "SMART", "Ｓｍａｒｔ", "lamp", "streetlamp", "e-bus", "ai", "5g", "a", "st", "tree", "mart lamp",
        // Words that only summaries and descriptions use.
        "arrivals", "節能", "실시간", "即時到站",
        // Several terms together, across languages.
        "smart 智慧", "스마트 lamp 燈", "智慧 路燈 smart",
        // Characters with a meaning to FTS5, LIKE or SQL.
        "\"quoted\"", "\"", "40%", "%", "under_pass", "_", "co2", "-", "，", "'",
        // What nothing holds; a provider's name and city, a challenge's site.
        "zebra", "한강", "信義區", "new-taipei",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Index_finds_the_listings_a_substring_search_finds_in_the_same_order(string query)
    {
        foreach (var search in Searches(query))
        {
            await using var db = catalogue.Open();
            Assert.Equal(await SubstringSearch.RunAsync(search, db.Solutions), Ids(await search.RunAsync(db, db.Solutions, null, default)));
            Assert.Equal(await SubstringSearch.RunAsync(search, db.Challenges), Ids(await search.RunAsync(db, db.Challenges, null, default)));
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Estimating_search_shows_the_same_page_and_a_total_within_its_sampling_error(string query)
    {
        foreach (var exact in Searches(query))
        {
            // A window of a fifth of the listings, so that common words take the estimate and rare ones the index.
            var search = exact with { EstimateTotal = true, NewestWindow = 500 };
            await using var db = catalogue.Open();
            var found = await search.RunAsync(db, db.Solutions, new LiveCounts(TimeProvider.System), default);
            var oracle = await SubstringSearch.RunAsync(search, db.Solutions);
            var oracleTotal = int.Parse(oracle.Split(' ')[0]);

            // The page always, and the total unless it is marked as estimated.
            Assert.Equal(oracle, SubstringSearch.Found(found.Items.Select(r => r.Id), found.TotalIsEstimate ? oracleTotal : found.Total));
            if (found.TotalIsEstimate)
            {
                // Four standard errors of the window's match count, scaled to the catalogue, plus the rounding to two figures.
                var live = await db.Solutions.CountAsync(r => !r.Withdrawn && (search.Domain == null || r.Domain == search.Domain)
                    && (search.City == null || r.City == search.City));
                var scale = (double)live / search.NewestWindow;
                Assert.InRange(found.Total, oracleTotal - 4 * Math.Sqrt(oracleTotal / scale) * scale - found.Total * 0.05,
                    oracleTotal + 4 * Math.Sqrt(oracleTotal / scale) * scale + found.Total * 0.05);
            }
        }
    }

    [Fact]
    public async Task Estimating_search_estimates_common_words_and_counts_rare_ones()
    {
        await using var db = catalogue.Open();
        var counts = new LiveCounts(TimeProvider.System);

        var common = await new CatalogSearch(["smart"], null, null, 1, 10, EstimateTotal: true) { NewestWindow = 500 }.RunAsync(db, db.Solutions, counts, default);
        var rare = await new CatalogSearch(["zebra"], null, null, 1, 10, EstimateTotal: true) { NewestWindow = 500 }.RunAsync(db, db.Solutions, counts, default);

        Assert.True(common.TotalIsEstimate);
        Assert.False(rare.TotalIsEstimate);
    }

    [Fact]
    public async Task The_generated_catalogue_has_matches_for_short_words_in_every_language()
    {
        await using var db = catalogue.Open();

        foreach (var word in new[] { "智慧", "燈", "스마트", "ai", "smart" })
            Assert.InRange((await new CatalogSearch(CatalogText.Terms(word), null, null, 1, 10).RunAsync(db, db.Solutions, null, default)).Total, 20, GeneratedCatalogue.Solutions - 20);
    }

    [Theory]
    [InlineData("lamp")]
    [InlineData("智慧")]
    [InlineData("스마트")]
    [InlineData("smart 智慧")]
    [InlineData("zebra")]
    public async Task Ranked_search_orders_every_match_by_rank_then_newest_and_counts_its_facets(string query)
    {
        // A window larger than the catalogue: every match is ranked and counted, exactly.
        var search = new CatalogSearch(CatalogText.Terms(query), null, null, 1, 50) { ByRelevance = true, Faceted = true, NewestWindow = 5_000 };
        await using var db = catalogue.Open();

        var found = await search.RunAsync(db, db.Solutions, null, default);

        var matches = (await db.Solutions.AsNoTracking().Where(r => !r.Withdrawn).ToListAsync())
            .Where(r => search.Terms.All(t => r.SearchText.Contains(t, StringComparison.Ordinal))).ToList();
        var expected = matches.OrderBy(r => Relevance.Rank(search.Terms, r.SearchText, r.Title)).ThenByDescending(r => r.PublishedAt)
            .ThenBy(r => r.City, StringComparer.Ordinal).ThenBy(r => r.Id).Take(50).Select(r => r.Id);
        Assert.Equal(expected, found.Items.Select(r => r.Id));
        Assert.Equal(matches.Count, found.Total);
        var facets = found.Facets!;
        Assert.False(facets.Estimated);
        Assert.Equal(Counted(matches, r => r.Domain), Counted(facets.Domain));
        Assert.Equal(Counted(matches, r => r.City), Counted(facets.City));
        Assert.Equal(Counted(matches, r => r.Trl.ToString()), Counted(facets.Trl));
        Assert.Equal(Counted(matches, r => r.Maturity), Counted(facets.Maturity));
    }

    [Fact]
    public async Task Common_word_facets_are_estimated_from_the_window_and_add_up_to_about_the_total()
    {
        var search = new CatalogSearch(["smart"], null, null, 1, 10, EstimateTotal: true) { ByRelevance = true, Faceted = true, NewestWindow = 500 };
        await using var db = catalogue.Open();

        var found = await search.RunAsync(db, db.Solutions, new LiveCounts(TimeProvider.System), default);

        Assert.True(found.Facets!.Estimated);
        Assert.True(found.TotalIsEstimate);
        // Each count is rounded to two figures: together within a few percent of the total.
        Assert.InRange(found.Facets.Domain.Sum(f => f.Count), found.Total * 0.9, found.Total * 1.1);
        Assert.Equal(10, found.Items.Count);
    }

    [Theory]
    [InlineData("trl=4")]
    [InlineData("maturity=pilot")]
    [InlineData("verified=false")]
    public async Task Listing_filter_keeps_exactly_the_matches_that_pass_it(string filter)
    {
        var (name, value) = (filter.Split('=')[0], filter.Split('=')[1]);
        var search = new CatalogSearch(["智慧"], null, null, 1, CatalogSearch.MaxPageSize) { Faceted = true, NewestWindow = 5_000 } with
        {
            Trl = name == "trl" ? int.Parse(value) : null,
            Maturity = name == "maturity" ? value : null,
            Verified = name == "verified" ? false : null,
        };
        await using var db = catalogue.Open();

        var found = await search.RunAsync(db, db.Solutions, null, default);

        var expected = (await db.Solutions.AsNoTracking().Where(r => !r.Withdrawn).ToListAsync())
            .Where(r => r.SearchText.Contains("智慧") && (search.Trl is null || r.Trl == search.Trl) && (search.Maturity is null || r.Maturity == search.Maturity))
            .ToList();
        Assert.Equal(expected.Count, found.Total);
        Assert.Equal(expected.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.City, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Take(CatalogSearch.MaxPageSize).Select(r => r.Id), found.Items.Select(r => r.Id));
    }

    private static Dictionary<string, int> Counted<T>(IEnumerable<T> records, Func<T, string> value) =>
        records.GroupBy(value).ToDictionary(g => g.Key, g => g.Count());

    private static Dictionary<string, int> Counted(IEnumerable<FacetCount> facet) => facet.ToDictionary(f => f.Value, f => f.Count);

    // Every page a client could ask for, filtered or not.
    private static IEnumerable<CatalogSearch> Searches(string query)
    {
        var terms = CatalogText.Terms(query);
        yield return new CatalogSearch(terms, null, null, 1, CatalogSearch.MaxPageSize);
        yield return new CatalogSearch(terms, null, null, 2, CatalogSearch.MaxPageSize);
        yield return new CatalogSearch(terms, null, null, 3, 7);
        yield return new CatalogSearch(terms, "energy", null, 1, CatalogSearch.MaxPageSize);
        yield return new CatalogSearch(terms, null, "seoul", 1, CatalogSearch.MaxPageSize);
    }

    private static string Ids<T>(Found<T> found) where T : CatalogRecord =>
        SubstringSearch.Found(found.Items.Select(r => r.Id), found.Total);
}
