namespace Federation.Catalog.Tests.Functional;

[Collection(CatalogCollection.Name)]
public sealed class ChallengesApiTests(CatalogNode node)
{
    private readonly HttpClient _client = node.Client;

    [Fact]
    public async Task Created_challenge_belongs_to_this_city_at_version_1()
    {
        var request = Samples.Challenge();

        var response = await _client.PostAsJsonAsync("/api/challenges", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!;
        Assert.NotEqual(Guid.Empty, created.Id);
        Assert.Equal("taipei", created.City);
        Assert.Equal(1, created.Version);
        Assert.Equal(request.Deadline, created.Deadline);
        Assert.Equal($"/api/challenges/{created.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Challenge_without_a_status_is_open()
    {
        var response = await _client.PostAsJsonAsync("/api/challenges", Samples.Challenge(status: null));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("open", (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!.Status);
    }

    [Fact]
    public async Task Created_challenge_can_be_read_back()
    {
        var created = await node.CreateChallengeAsync(Samples.Challenge());

        var response = await _client.GetAsync($"/api/challenges/{created.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!;
        Assert.Equal(created.Id, read.Id);
        Assert.Equal(created.Title, read.Title);
        Assert.Equal(created.HostAgency, read.HostAgency);
    }

    [Fact]
    public async Task Unknown_challenge_is_not_found()
    {
        var response = await _client.GetAsync($"/api/challenges/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Challenge_id_that_is_not_a_guid_is_not_found()
    {
        var response = await _client.GetAsync("/api/challenges/42");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Closing_a_challenge_with_the_current_version_makes_version_2()
    {
        var request = Samples.Challenge();
        var created = await node.CreateChallengeAsync(request);

        var response = await _client.PutAsJsonAsync($"/api/challenges/{created.Id}", Samples.Update(request with { Status = "closed" }, 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!;
        Assert.Equal(2, updated.Version);
        Assert.Equal("closed", updated.Status);
    }

    [Fact]
    public async Task Challenge_update_with_a_stale_version_is_a_conflict()
    {
        var request = Samples.Challenge();
        var created = await node.CreateChallengeAsync(request);
        await _client.PutAsJsonAsync($"/api/challenges/{created.Id}", Samples.Update(request, 1));

        var response = await _client.PutAsJsonAsync($"/api/challenges/{created.Id}", Samples.Update(request with { Status = "closed" }, 1));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        var read = await _client.GetFromJsonAsync<ChallengeResponse>($"/api/challenges/{created.Id}");
        Assert.Equal("open", read!.Status);
    }

    [Fact]
    public async Task Challenge_update_without_a_version_is_a_bad_request_naming_version()
    {
        var request = Samples.Challenge();
        var created = await node.CreateChallengeAsync(request);

        var response = await _client.PutAsJsonAsync($"/api/challenges/{created.Id}", Samples.Update(request, null));

        await response.AssertBadRequestNamingAsync("version");
    }

    [Fact]
    public async Task Withdrawn_challenge_is_gone_from_reads_and_search()
    {
        var request = Samples.Challenge();
        var created = await node.CreateChallengeAsync(request);

        var response = await _client.DeleteAsync($"/api/challenges/{created.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await _client.GetAsync($"/api/challenges/{created.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var marker = request.Title!["en"].Split(' ')[^1];
        var page = await _client.GetFromJsonAsync<ResultPage<ChallengeResponse>>($"/api/challenges?q={marker}");
        Assert.Empty(page!.Items);
    }

    [Fact]
    public async Task Withdrawing_an_unknown_challenge_is_not_found()
    {
        var response = await _client.DeleteAsync($"/api/challenges/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Updating_an_unknown_challenge_is_not_found()
    {
        var response = await _client.PutAsJsonAsync($"/api/challenges/{Guid.NewGuid()}", Samples.Update(Samples.Challenge(), 1));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_withdrawn_challenge_can_be_neither_updated_nor_withdrawn_again()
    {
        var request = Samples.Challenge();
        var created = await node.CreateChallengeAsync(request);
        (await _client.DeleteAsync($"/api/challenges/{created.Id}")).EnsureSuccessStatusCode();

        var update = await _client.PutAsJsonAsync($"/api/challenges/{created.Id}", Samples.Update(request, 2));
        var withdraw = await _client.DeleteAsync($"/api/challenges/{created.Id}");

        await update.AssertProblemAsync(HttpStatusCode.NotFound);
        await withdraw.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_citys_challenge_cannot_be_updated_or_withdrawn_here()
    {
        var replica = await node.AddReplicaAsync(Samples.ChallengeOf("seoul", Samples.En($"Seoul need {Guid.NewGuid():N}")));

        var update = await _client.PutAsJsonAsync($"/api/challenges/{replica.Id}", Samples.Update(Samples.Challenge(), 1));
        var withdraw = await _client.DeleteAsync($"/api/challenges/{replica.Id}");

        await update.AssertProblemAsync(HttpStatusCode.Forbidden);
        await withdraw.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/challenges/{replica.Id}")).StatusCode);
    }

    [Fact]
    public async Task Challenges_are_searched_by_text_and_city()
    {
        var marker = Guid.NewGuid().ToString("N");
        var own = await node.CreateChallengeAsync(Samples.Challenge(Samples.En($"Underpass {marker}")));
        var replica = await node.AddReplicaAsync(Samples.ChallengeOf("seoul", Samples.En($"Underpass {marker}")));

        var all = await _client.GetFromJsonAsync<ResultPage<ChallengeResponse>>($"/api/challenges?q={marker}");
        var seoul = await _client.GetFromJsonAsync<ResultPage<ChallengeResponse>>($"/api/challenges?q={marker}&city=seoul");

        Assert.Equal(new[] { own.Id, replica.Id }.Order(), all!.Items.Select(c => c.Id).Order());
        Assert.Equal(2, all.Total);
        Assert.Equal(replica.Id, Assert.Single(seoul!.Items).Id);
    }
}
