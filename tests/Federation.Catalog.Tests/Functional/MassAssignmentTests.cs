using System.Text.Json.Nodes;

namespace Federation.Catalog.Tests.Functional;

/// <summary>Fields a caller may not set (owner, id, version, times) cannot be set through a body.</summary>
[Collection(CatalogCollection.Name)]
public sealed class MassAssignmentTests(CatalogNode node)
{
    private static readonly Guid ChosenId = Guid.Parse("11111111-2222-3333-4444-555555555555");

    [Fact]
    public async Task A_solution_body_cannot_choose_its_owner_id_version_or_dates()
    {
        var body = """
            {"title":{"en":"Chosen fields lamp"},"summary":{"en":"s"},"domain":"energy","maturity":"pilot","trl":5,
             "provider":{"name":"P","homeCity":"taipei"},
             "id":"11111111-2222-3333-4444-555555555555","city":"seoul","version":42,
             "publishedAt":"2001-01-01T00:00:00Z","withdrawn":true}
            """.Replace("\"energy\"", "\"environment\"");

        var created = await PostAsync<SolutionResponse>("/api/solutions", body);

        Assert.Equal(("taipei", 1L, false), (created.City, created.Version, created.Id == ChosenId));
        Assert.True(created.PublishedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task A_challenge_body_cannot_choose_its_owner_id_version_or_dates()
    {
        var body = """
            {"title":{"en":"Chosen fields challenge"},"description":{"en":"d"},"domain":"security",
             "hostAgency":"Police","site":"Main station","deadline":"2031-01-01",
             "id":"11111111-2222-3333-4444-555555555555","city":"seoul","version":42,"publishedAt":"2001-01-01T00:00:00Z"}
            """;

        var created = await PostAsync<ChallengeResponse>("/api/challenges", body);

        Assert.Equal(("taipei", 1L, false), (created.City, created.Version, created.Id == ChosenId));
        Assert.True(created.PublishedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task A_solution_update_cannot_move_withdraw_or_redate_the_listing()
    {
        var created = await node.CreateSolutionAsync(Samples.Solution());
        var body = WithServerFields(Samples.Update(Samples.Solution(), created.Version));

        var updated = await PutAsync($"/api/solutions/{created.Id}", body);

        await AssertOnlyTheContentChangedAsync("/api/solutions", created.Id, created.PublishedAt, body, updated);
    }

    [Fact]
    public async Task A_challenge_update_cannot_move_withdraw_or_redate_the_challenge()
    {
        var created = await node.CreateChallengeAsync(Samples.Challenge());
        var body = WithServerFields(Samples.Update(Samples.Challenge(), created.Version));

        var updated = await PutAsync($"/api/challenges/{created.Id}", body);

        await AssertOnlyTheContentChangedAsync("/api/challenges", created.Id, created.PublishedAt, body, updated);
        Assert.Equal("open", updated["status"]!.GetValue<string>());
    }

    /// <summary>A valid update (a new title, the version read) that also tries to set what only the server sets.</summary>
    private static JsonObject WithServerFields<T>(T update)
    {
        var body = JsonSerializer.SerializeToNode(update, JsonSerializerOptions.Web)!.AsObject();
        body["id"] = ChosenId;
        body["city"] = "seoul";
        body["ownerCity"] = "seoul";
        body["withdrawn"] = true;
        body["publishedAt"] = "2001-01-01T00:00:00Z";
        body["updatedAt"] = "2001-01-01T00:00:00Z";
        // A challenge's status is its own field (open/closed); on a listing it is unknown and must not withdraw it.
        body.TryAdd("status", "withdrawn");
        return body;
    }

    private async Task AssertOnlyTheContentChangedAsync(string path, Guid id, DateTimeOffset publishedAt, JsonObject body, JsonNode updated)
    {
        var title = body["title"]!["en"]!.GetValue<string>();
        Assert.Equal((id, "taipei", 2L, publishedAt, title), (updated["id"]!.GetValue<Guid>(), updated["city"]!.GetValue<string>(),
            updated["version"]!.GetValue<long>(), updated["publishedAt"]!.GetValue<DateTimeOffset>(), updated["title"]!["en"]!.GetValue<string>()));
        // Still live, still taipei's, and nothing appeared under the chosen id or owner.
        var read = JsonNode.Parse(await node.Anonymous.GetStringAsync($"{path}/{id}"))!;
        Assert.Equal(("taipei", 2L), (read["city"]!.GetValue<string>(), read["version"]!.GetValue<long>()));
        Assert.Equal(HttpStatusCode.NotFound, (await node.Anonymous.GetAsync($"{path}/{id}?city=seoul")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await node.Anonymous.GetAsync($"{path}/{ChosenId}")).StatusCode);
        var found = JsonNode.Parse(await node.Anonymous.GetStringAsync($"{path}?q={title.Split(' ')[^1]}"))!;
        Assert.Equal(1, found["total"]!.GetValue<int>());
    }

    private async Task<JsonNode> PutAsync(string path, JsonObject body)
    {
        var response = await node.Client.PutAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<T> PostAsync<T>(string path, string json)
    {
        var response = await node.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
