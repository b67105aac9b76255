using Federation.Catalog.Features.Awards;
using Federation.Catalog.Features.Verifications;
using Federation.Contracts.Trials;

namespace Federation.Catalog.Tests.Functional;

/// <summary>Relevance order and the facets of a search, each with its filter, on taipei's catalogue (SQLite).</summary>
[Collection(CatalogCollection.Name)]
public sealed class RankingAndFacetTests(CatalogNode node)
{
    // As in SearchTests: every listing carries the test's marker in its summary, so tests never see each other's.
    private readonly string _marker = Guid.NewGuid().ToString("N");

    private Task<SolutionResponse> ListAsync(string title, string summary = "", string domain = "transportation",
        string maturity = "pilot", int trl = 6) =>
        node.CreateSolutionAsync(Samples.Solution(Samples.En(title), domain, $"ref {_marker} {summary}") with { Maturity = maturity, Trl = trl });

    private async Task<SearchPage<SolutionResponse>> SearchAsync(string query)
    {
        var response = await node.Client.GetAsync($"/api/solutions?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SearchPage<SolutionResponse>>())!;
    }

    private static Guid[] Ids(ResultPage<SolutionResponse> page) => [.. page.Items.Select(s => s.Id)];

    private static Dictionary<string, int> Counts(IReadOnlyList<FacetCount> facet) => facet.ToDictionary(f => f.Value, f => f.Count);

    [Fact]
    public async Task Title_whole_word_ranks_before_title_partial_before_summary_only_whatever_their_age()
    {
        // Oldest first: newest first would show them the other way round.
        var whole = await ListAsync("Smart lamps for parks");
        var partial = await ListAsync("Streetlamp controller");
        var summaryOnly = await ListAsync("Air sensor", summary: "fits on a lamp post");

        var page = await SearchAsync($"q=lamp+{_marker}");

        Assert.Equal([whole.Id, partial.Id, summaryOnly.Id], Ids(page));
    }

    [Fact]
    public async Task Sort_newest_keeps_the_newest_first()
    {
        var whole = await ListAsync("Smart lamp");
        var summaryOnly = await ListAsync("Air sensor", summary: "fits on a lamp post");

        var page = await SearchAsync($"q=lamp+{_marker}&sort=newest");

        Assert.Equal([summaryOnly.Id, whole.Id], Ids(page));
    }

    [Fact]
    public async Task Facets_count_domain_city_trl_maturity_verified_and_awarded_of_the_query()
    {
        var bus = await ListAsync("Bus tracker", trl: 7, maturity: "deployed");
        var lamp = await ListAsync("Smart lamp", domain: "environment");
        await ListAsync("Air sensor", domain: "environment", trl: 4);
        await node.AddReplicaAsync(Samples.SolutionOf("seoul", Samples.En("Seoul lamp"), $"ref {_marker}"));
        await VerifyAsync(bus, host: "seoul");
        await AwardAsync(lamp);

        var facets = (await SearchAsync($"q={_marker}")).Facets!;

        Assert.Equal(new() { ["transportation"] = 2, ["environment"] = 2 }, Counts(facets.Domain));
        Assert.Equal(new() { ["taipei"] = 3, ["seoul"] = 1 }, Counts(facets.City));
        Assert.Equal(new() { ["6"] = 1, ["7"] = 1, ["4"] = 1, ["8"] = 1 }, Counts(facets.Trl));
        Assert.Equal(new() { ["pilot"] = 2, ["deployed"] = 2 }, Counts(facets.Maturity));
        Assert.Equal(new() { ["true"] = 1, ["false"] = 3 }, Counts(facets.Verified));
        Assert.Equal(new() { ["true"] = 1, ["false"] = 3 }, Counts(facets.Awarded));
        Assert.False(facets.Estimated);
    }

    [Fact]
    public async Task Each_filter_keeps_only_its_listings_and_counts_them()
    {
        var bus = await ListAsync("Bus tracker", trl: 7, maturity: "deployed");
        var lamp = await ListAsync("Smart lamp", domain: "environment");
        var sensor = await ListAsync("Air sensor", domain: "environment", trl: 4);
        var seoul = await node.AddReplicaAsync(Samples.SolutionOf("seoul", Samples.En("Seoul lamp"), $"ref {_marker}"));
        await VerifyAsync(bus, host: "seoul");
        await VerifyAsync(lamp, host: "taipei"); // its own city: not verified in another
        await AwardAsync(lamp);

        foreach (var (filter, expected) in new (string, SolutionResponse[])[]
        {
            ("trl=4", [sensor]), ("maturity=deployed", [seoul, bus]), ("verified=true", [bus]),
            ("verified=false", [seoul, sensor, lamp]), ("awarded=true", [lamp]), ("trl=6&domain=environment", [lamp]),
            ("city=seoul&maturity=deployed", [seoul]),
        })
        {
            var page = await SearchAsync($"q={_marker}&sort=newest&{filter}");
            Assert.True(expected.Select(s => s.Id).SequenceEqual(Ids(page)), filter);
            Assert.Equal(expected.Length, page.Total);
            Assert.Equal(expected.Length, page.Facets!.Domain.Sum(f => f.Count));
        }
    }

    [Fact]
    public async Task Challenges_facet_by_domain_and_city_only()
    {
        await node.CreateChallengeAsync(Samples.Challenge(Samples.En($"Flood warning {_marker}")));

        var response = await node.Client.GetAsync($"/api/challenges?q={_marker}");
        var facets = (await response.Content.ReadFromJsonAsync<SearchPage<ChallengeResponse>>())!.Facets!;

        Assert.Equal(new() { ["environment"] = 1 }, Counts(facets.Domain));
        Assert.Equal(new() { ["taipei"] = 1 }, Counts(facets.City));
        Assert.Empty(facets.Trl);
        Assert.Empty(facets.Verified);
    }

    // What the trials and awards services broadcast, stored as their consumers store it.
    private Task VerifyAsync(SolutionResponse listing, string host) => node.Taipei.WithScopeAsync<CatalogDbContext, int>(async db =>
    {
        var verification = Verification.For(Guid.NewGuid(), listing.City, listing.Id, host);
        verification.Verified(new CertificateOfDemonstration(Guid.NewGuid(), verification.TrialId, listing.Id, listing.Title,
            listing.City, host, "Lumen Co.", "Smart City Office", "Xinyi district", new TrialPeriod(new(2026, 1, 1), new(2026, 6, 30)),
            [], "passed", "Met its targets.", DateTimeOffset.UtcNow));
        db.Verifications.Add(verification);
        return await db.SaveChangesAsync();
    });

    private Task AwardAsync(SolutionResponse listing) => node.Taipei.WithScopeAsync<CatalogDbContext, int>(async db =>
    {
        var badge = AwardBadge.For(Guid.NewGuid(), listing.City, listing.Id);
        badge.Published("taipei", 2026, "GO SMART Award 2026", "Winner", DateTimeOffset.UtcNow);
        db.AwardBadges.Add(badge);
        return await db.SaveChangesAsync();
    });
}
