namespace Federation.Catalog.Tests.Functional;

[Collection(CatalogCollection.Name)]
public sealed class SearchTests(CatalogNode node)
{
    private readonly HttpClient _client = node.Client;
    // Every test tags its own listings with a marker in the summary and searches for it, so that
    // titles stay exactly what the behaviour is about and tests never see each other's data.
    private readonly string _marker = Guid.NewGuid().ToString("N");

    private Task<SolutionResponse> ListAsync(Dictionary<string, string> title, string domain = "transportation") =>
        node.CreateSolutionAsync(Samples.Solution(title, domain, summary: $"ref {_marker}"));

    private async Task<ResultPage<SolutionResponse>> SearchAsync(string query)
    {
        var response = await _client.GetAsync($"/api/solutions?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ResultPage<SolutionResponse>>())!;
    }

    private static Guid[] Ids(ResultPage<SolutionResponse> page) => [.. page.Items.Select(s => s.Id)];

    [Fact]
    public async Task Chinese_word_finds_the_listing_that_contains_it()
    {
        var lamp = await ListAsync(new() { ["zh-TW"] = "智慧路燈" });
        await ListAsync(new() { ["ko"] = "스마트 가로등" });

        var page = await SearchAsync($"q={Uri.EscapeDataString("智慧")}+{_marker}");

        Assert.Equal([lamp.Id], Ids(page));
    }

    [Fact]
    public async Task Korean_word_finds_the_listing_that_contains_it()
    {
        await ListAsync(new() { ["zh-TW"] = "智慧路燈" });
        var lamp = await ListAsync(new() { ["ko"] = "스마트 가로등" });

        var page = await SearchAsync($"q={Uri.EscapeDataString("스마트")}+{_marker}");

        Assert.Equal([lamp.Id], Ids(page));
    }

    [Fact]
    public async Task English_word_finds_the_listing_whatever_its_case()
    {
        var lamp = await ListAsync(Samples.En("Smart street lamp"));
        await ListAsync(Samples.En("Air quality sensor"));

        var page = await SearchAsync($"q=LAMP+{_marker}");

        Assert.Equal([lamp.Id], Ids(page));
    }

    [Theory]
    [InlineData("zh-TW", "智慧路燈", "路灯", "exact")]
    [InlineData("zh-TW", "智慧路燈", "路灯", "estimate")]
    [InlineData("zh-TW", "臺北市政府", "台北", "exact")]
    [InlineData("ko", "지능형 쓰레기통", "지능형쓰레기통", "exact")]
    [InlineData("ko", "지능형 쓰레기통", "지능형쓰레기통", "estimate")]
    [InlineData("en", "Smart street lamp", "lamps", "exact")]
    [InlineData("en", "Smart street lamp", "lamps", "estimate")]
    [InlineData("en", "Lighting for small cities", "city lights", "exact")]
    public async Task What_people_type_finds_the_listing_written_another_way(string language, string title, string query, string total)
    {
        var listing = await ListAsync(new() { [language] = title });
        await ListAsync(new() { [language] = "Air quality sensor 空氣品質 공기질" });

        var page = await SearchAsync($"q={Uri.EscapeDataString(query)}+{_marker}&total={total}");

        Assert.Equal([listing.Id], Ids(page));
    }

    [Fact]
    public async Task Listing_in_three_languages_comes_back_with_all_three()
    {
        var title = new Dictionary<string, string> { ["en"] = "Smart street lamp", ["zh-TW"] = "智慧路燈", ["ko"] = "스마트 가로등" };
        await ListAsync(title);

        var page = await SearchAsync($"q=lamp+{_marker}");

        var found = Assert.Single(page.Items);
        Assert.Equal(title.OrderBy(t => t.Key), found.Title.OrderBy(t => t.Key));
    }

    [Fact]
    public async Task Domain_filter_keeps_only_that_domain()
    {
        await ListAsync(Samples.En("Bus tracker"), "transportation");
        var sensor = await ListAsync(Samples.En("Air sensor"), "environment");

        var page = await SearchAsync($"q={_marker}&domain=environment");

        Assert.Equal([sensor.Id], Ids(page));
    }

    [Fact]
    public async Task City_filter_keeps_only_that_citys_listings()
    {
        var own = await ListAsync(Samples.En("Taipei lamp"));
        var replica = await node.AddReplicaAsync(Samples.SolutionOf("seoul", Samples.En("Seoul lamp"), $"ref {_marker}"));

        var seoul = await SearchAsync($"q={_marker}&city=seoul");
        var taipei = await SearchAsync($"q={_marker}&city=taipei");

        Assert.Equal([replica.Id], Ids(seoul));
        Assert.Equal([own.Id], Ids(taipei));
    }

    [Fact]
    public async Task City_that_is_not_a_member_is_a_bad_request()
    {
        var response = await _client.GetAsync("/api/solutions?city=nowhere");

        await response.AssertBadRequestNamingAsync("city");
    }

    [Fact]
    public async Task Pages_split_the_results_and_count_them_all()
    {
        for (var i = 0; i < 3; i++) await ListAsync(Samples.En($"Lamp {i}"));

        var first = await SearchAsync($"q={_marker}&pageSize=2");
        var second = await SearchAsync($"q={_marker}&pageSize=2&page=2");

        Assert.Equal(2, first.Items.Count);
        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.PageSize);
        var last = Assert.Single(second.Items);
        Assert.DoesNotContain(last.Id, Ids(first));
    }

    [Fact]
    public async Task Estimated_total_is_exact_and_marked_so_when_every_match_was_counted()
    {
        for (var i = 0; i < 3; i++) await ListAsync(Samples.En($"Lamp {i}"));

        var page = await SearchAsync($"q={_marker}&pageSize=2&total=estimate");

        Assert.Equal(3, page.Total);
        Assert.False(page.TotalIsEstimate);
        Assert.Equal(2, page.Items.Count);
    }

    public static TheoryData<string, string, string> BadQueries
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var path in new[] { "/api/solutions", "/api/challenges" })
            {
                data.Add(path, "pageSize=101", "pageSize");
                data.Add(path, "pageSize=0", "pageSize");
                data.Add(path, "pageSize=ten", "pageSize");
                data.Add(path, "page=0", "page");
                data.Add(path, "page=abc", "page");
                data.Add(path, "page=99999999999", "page");
                data.Add(path, "domain=space", "domain");
                data.Add(path, "city=nowhere", "city");
                data.Add(path, $"q={new string('x', 201)}", "q");
                data.Add(path, "total=roughly", "total");
                data.Add(path, "sort=best", "sort");
                data.Add(path, "trl=0", "trl");
                data.Add(path, "trl=10", "trl");
                data.Add(path, "trl=six", "trl");
                data.Add(path, "maturity=beta", "maturity");
                data.Add(path, "verified=yes", "verified");
                data.Add(path, "awarded=maybe", "awarded");
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Out_of_range_paging_or_filter_is_a_bad_request(string path, string query, string field)
    {
        var response = await _client.GetAsync($"{path}?{query}");

        await response.AssertBadRequestNamingAsync(field);
    }

    [Fact]
    public async Task Same_query_gives_the_same_order_even_for_listings_published_together()
    {
        var at = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 4; i++)
            await node.AddReplicaAsync(Samples.SolutionOf("seoul", Samples.En($"Lamp {i}"), $"ref {_marker}", at));

        var first = await SearchAsync($"q={_marker}");
        var again = await SearchAsync($"q={_marker}");
        var pages = (await SearchAsync($"q={_marker}&pageSize=2")).Items.Concat((await SearchAsync($"q={_marker}&pageSize=2&page=2")).Items);

        Assert.Equal(4, first.Items.Count);
        Assert.Equal(Ids(first), Ids(again));
        Assert.Equal(Ids(first), pages.Select(s => s.Id));
    }
}
