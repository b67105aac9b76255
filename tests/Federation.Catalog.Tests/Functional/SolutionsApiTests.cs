namespace Federation.Catalog.Tests.Functional;

[Collection(CatalogCollection.Name)]
public sealed class SolutionsApiTests(CatalogNode node)
{
    private readonly HttpClient _client = node.Client;

    [Fact]
    public async Task Created_listing_belongs_to_this_city_at_version_1()
    {
        var request = Samples.Solution();

        var response = await _client.PostAsJsonAsync("/api/solutions", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<SolutionResponse>())!;
        Assert.NotEqual(Guid.Empty, created.Id);
        Assert.Equal("taipei", created.City);
        Assert.Equal(1, created.Version);
        Assert.Equal(request.Title, created.Title);
        Assert.Equal($"/api/solutions/{created.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Created_listing_can_be_read_back()
    {
        var created = await node.CreateSolutionAsync(Samples.Solution());

        var response = await _client.GetAsync($"/api/solutions/{created.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = (await response.Content.ReadFromJsonAsync<SolutionResponse>())!;
        Assert.Equal(created.Id, read.Id);
        Assert.Equal(created.Title, read.Title);
        Assert.Equal(created.Provider, read.Provider);
        Assert.Equal(created.Tags, read.Tags);
    }

    [Fact]
    public async Task Unknown_listing_is_not_found()
    {
        var response = await _client.GetAsync($"/api/solutions/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Id_that_is_not_a_guid_is_not_found()
    {
        var response = await _client.GetAsync("/api/solutions/not-a-guid");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Update_with_the_current_version_makes_version_2()
    {
        var request = Samples.Solution();
        var created = await node.CreateSolutionAsync(request);
        var changed = Samples.Update(request with { Trl = 7 }, created.Version);

        var response = await _client.PutAsJsonAsync($"/api/solutions/{created.Id}", changed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = (await response.Content.ReadFromJsonAsync<SolutionResponse>())!;
        Assert.Equal(2, updated.Version);
        Assert.Equal(7, updated.Trl);
        var read = await _client.GetFromJsonAsync<SolutionResponse>($"/api/solutions/{created.Id}");
        Assert.Equal(7, read!.Trl);
    }

    [Fact]
    public async Task Update_with_a_stale_version_is_a_conflict()
    {
        var request = Samples.Solution();
        var created = await node.CreateSolutionAsync(request);
        await _client.PutAsJsonAsync($"/api/solutions/{created.Id}", Samples.Update(request, 1));

        var response = await _client.PutAsJsonAsync($"/api/solutions/{created.Id}", Samples.Update(request with { Trl = 9 }, 1));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        var read = await _client.GetFromJsonAsync<SolutionResponse>($"/api/solutions/{created.Id}");
        Assert.Equal(2, read!.Version);
        Assert.Equal(request.Trl, read.Trl);
    }

    [Fact]
    public async Task Update_without_a_version_is_a_bad_request_naming_version()
    {
        var request = Samples.Solution();
        var created = await node.CreateSolutionAsync(request);

        var response = await _client.PutAsJsonAsync($"/api/solutions/{created.Id}", Samples.Update(request, null));

        await response.AssertBadRequestNamingAsync("version");
    }

    [Fact]
    public async Task Withdrawn_listing_is_gone_from_reads_and_search()
    {
        var request = Samples.Solution();
        var created = await node.CreateSolutionAsync(request);

        var response = await _client.DeleteAsync($"/api/solutions/{created.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _client.GetAsync($"/api/solutions/{created.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var marker = request.Title!["en"].Split(' ')[^1];
        var page = await _client.GetFromJsonAsync<ResultPage<SolutionResponse>>($"/api/solutions?q={marker}");
        Assert.Empty(page!.Items);
    }

    [Fact]
    public async Task Withdrawing_an_unknown_listing_is_not_found()
    {
        var response = await _client.DeleteAsync($"/api/solutions/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Updating_an_unknown_listing_is_not_found()
    {
        var response = await _client.PutAsJsonAsync($"/api/solutions/{Guid.NewGuid()}", Samples.Update(Samples.Solution(), 1));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_withdrawn_listing_can_be_neither_updated_nor_withdrawn_again()
    {
        var request = Samples.Solution();
        var created = await node.CreateSolutionAsync(request);
        (await _client.DeleteAsync($"/api/solutions/{created.Id}")).EnsureSuccessStatusCode();

        var update = await _client.PutAsJsonAsync($"/api/solutions/{created.Id}", Samples.Update(request, 2));
        var withdraw = await _client.DeleteAsync($"/api/solutions/{created.Id}");

        await update.AssertProblemAsync(HttpStatusCode.NotFound);
        await withdraw.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_citys_listing_cannot_be_updated_here()
    {
        var replica = await node.AddReplicaAsync(Samples.SolutionOf("seoul", Samples.En($"Seoul lamp {Guid.NewGuid():N}")));

        var response = await _client.PutAsJsonAsync($"/api/solutions/{replica.Id}", Samples.Update(Samples.Solution(), 1));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        var read = await _client.GetFromJsonAsync<SolutionResponse>($"/api/solutions/{replica.Id}");
        Assert.Equal(replica.Title, read!.Title);
    }

    [Fact]
    public async Task Another_citys_listing_cannot_be_withdrawn_here()
    {
        var replica = await node.AddReplicaAsync(Samples.SolutionOf("seoul", Samples.En($"Seoul lamp {Guid.NewGuid():N}")));

        var response = await _client.DeleteAsync($"/api/solutions/{replica.Id}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/solutions/{replica.Id}")).StatusCode);
    }

    [Fact]
    public async Task Same_id_in_two_cities_reads_this_citys_own_unless_another_city_is_named()
    {
        var own = await node.CreateSolutionAsync(Samples.Solution());
        var twin = Samples.SolutionOf("seoul", Samples.En($"Seoul twin {Guid.NewGuid():N}")) with { Id = own.Id };
        await node.AddReplicaAsync(twin);

        var plain = await _client.GetFromJsonAsync<SolutionResponse>($"/api/solutions/{own.Id}");
        var seoul = await _client.GetFromJsonAsync<SolutionResponse>($"/api/solutions/{own.Id}?city=seoul");

        Assert.Equal(("taipei", own.Title["en"]), (plain!.City, plain.Title["en"]));
        Assert.Equal(("seoul", twin.Title["en"]), (seoul!.City, seoul.Title["en"]));
    }
}
