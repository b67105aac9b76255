namespace Federation.Catalog.Tests.Federation;

/// <summary>Matchmaking across cities, computed at each node over its federated catalogue.</summary>
[Collection(nameof(CatalogFederation))]
public sealed class MatchmakingTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_seoul_challenge_finds_first_a_taipei_solution_verified_in_new_taipei_with_its_reasons()
    {
        var verified = await Samples.CreateAsync(federation.Client("taipei"), Samples.StreetLamp(Samples.Marker()) with { Trl = 7 });
        var unverified = await Samples.CreateAsync(federation.Client("taipei"), Samples.StreetLamp(Samples.Marker()) with { Trl = 7 });
        await federation.PublishFromAsync("new-taipei", federation.Verified("new-taipei", Guid.NewGuid(), verified), NewId.NextGuid());
        var challenge = await CreateChallengeAsync(federation.Client("seoul"), new ChallengeRequest(
            new Dictionary<string, string> { ["ko"] = "가로등 에너지 절감", ["zh-TW"] = "路灯節能" },
            new Dictionary<string, string> { ["en"] = "Street lamps that save energy on quiet streets." },
            "environment", "Seoul Digital Foundation", "Mapo-gu", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2), "open"));

        var matches = await Eventually.Value(
            async () => (await federation.Client("seoul").GetFromJsonAsync<List<JsonElement>>($"/api/challenges/{challenge.Id}/matches"))!,
            found => found.Any(m => Id(m) == verified.Id && Reasons(m).ContainsKey("verified")) && found.Any(m => Id(m) == unverified.Id),
            Samples.Propagation, "seoul to match both taipei solutions, one verified in new-taipei");

        var first = matches[0];
        Assert.Equal(verified.Id, Id(first));
        var reasons = Reasons(first);
        Assert.Equal(["new-taipei"], reasons["verified"]);
        Assert.Equal(["environment"], reasons["domain"]);
        Assert.Contains("lamp", reasons["words"]);
        Assert.Contains("路灯", reasons["words"]);
        Assert.Equal(["taipei"], reasons["otherCity"]);
        Assert.True(first.GetProperty("score").GetInt32() > matches.Single(m => Id(m) == unverified.Id).GetProperty("score").GetInt32());

        // And the other way round: the solution finds the challenge among the open ones.
        var challenges = await federation.Client("new-taipei").GetFromJsonAsync<List<JsonElement>>($"/api/solutions/{verified.Id}/matches?limit=100");
        Assert.Contains(challenges!, m => m.GetProperty("challenge").GetProperty("id").GetGuid() == challenge.Id);
    }

    [Fact]
    public async Task A_limit_that_is_not_a_number_from_1_to_100_is_a_400_naming_it()
    {
        var response = await federation.Client("taipei").GetAsync($"/api/challenges/{Guid.NewGuid()}/matches?limit=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private static Guid Id(JsonElement match) => match.GetProperty("solution").GetProperty("id").GetGuid();

    private static Dictionary<string, string[]> Reasons(JsonElement match) => match.GetProperty("reasons").EnumerateArray()
        .GroupBy(r => r.GetProperty("kind").GetString()!)
        .ToDictionary(g => g.Key, g => g.SelectMany(r => r.GetProperty("details").EnumerateArray().Select(d => d.GetString()!)).ToArray());

    private static async Task<ChallengeResponse> CreateChallengeAsync(HttpClient client, ChallengeRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/challenges", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!;
    }
}
