namespace Federation.Catalog.Tests.Federation;

/// <summary>Challenges (a city's needs) reach every other city as listings do: created, changed, withdrawn.</summary>
[Collection(nameof(CatalogFederation))]
public sealed class ChallengeReplicationTests(CatalogFederation federation) : ChallengeReplicationTests<CatalogFederation>(federation);

[Collection(nameof(CatalogFederationOnPostgres))]
public sealed class ChallengeReplicationTestsOnPostgres(CatalogFederationOnPostgres federation)
    : ChallengeReplicationTests<CatalogFederationOnPostgres>(federation);

public abstract class ChallengeReplicationTests<TFederation>(TFederation federation) where TFederation : CatalogFederation
{
    private static readonly string[] Others = ["seoul", "new-taipei"];

    [Fact]
    public async Task Challenge_from_taipei_is_found_in_every_language_then_updated_and_withdrawn_everywhere()
    {
        var marker = Samples.Marker();
        var taipei = federation.Client("taipei");
        var request = FloodWarning(marker, "open");
        var created = await CreateAsync(taipei, request);

        foreach (var city in Others)
        {
            var client = federation.Client(city);
            var found = await SearchUntilAsync(client, $"淹水 {marker}", p => p.Total == 1, $"{city} to find the challenge");
            var replica = Assert.Single(found.Items);
            Assert.Equal((created.Id, "taipei", 1L, "open"), (replica.Id, replica.City, replica.Version, replica.Status));
            Assert.Equal(request.Title!.OrderBy(t => t.Key), replica.Title.OrderBy(t => t.Key));
            Assert.Single((await SearchAsync(client, $"침수 {marker}")).Items);
            Assert.Single((await SearchAsync(client, $"underpass {marker}")).Items);
        }

        var closed = FloodWarning(marker, "closed");
        var update = new UpdateChallengeRequest(closed.Title, closed.Description, closed.Domain, closed.HostAgency, closed.Site,
            closed.Deadline, closed.Status, created.Version);
        (await taipei.PutAsJsonAsync($"/api/challenges/{created.Id}", update)).EnsureSuccessStatusCode();
        foreach (var city in Others)
            await SearchUntilAsync(federation.Client(city), marker,
                p => p.Items is [{ Version: 2, Status: "closed" }], $"{city} to receive version 2");

        Assert.Equal(HttpStatusCode.NoContent, (await taipei.DeleteAsync($"/api/challenges/{created.Id}")).StatusCode);
        foreach (var city in Others)
        {
            var client = federation.Client(city);
            await SearchUntilAsync(client, marker, p => p.Total == 0, $"{city} to drop the withdrawn challenge");
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/challenges/{created.Id}")).StatusCode);
        }
    }

    private static ChallengeRequest FloodWarning(string marker, string status) => new(
        new Dictionary<string, string>
        {
            ["zh-TW"] = $"地下道淹水預警 {marker}",
            ["ko"] = $"지하차도 침수 경보 {marker}",
            ["en"] = $"Flood warning for the underpass {marker}",
        },
        new Dictionary<string, string> { ["en"] = "Warn drivers before the water rises." },
        "environment", "Hydraulic Engineering Office", "Xinyi underpass", new DateOnly(2031, 6, 30), status);

    private static async Task<ChallengeResponse> CreateAsync(HttpClient client, ChallengeRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/challenges", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!;
    }

    private static async Task<ResultPage<ChallengeResponse>> SearchAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<ResultPage<ChallengeResponse>>($"/api/challenges?q={Uri.EscapeDataString(query)}"))!;

    private static Task<ResultPage<ChallengeResponse>> SearchUntilAsync(HttpClient client, string query,
        Func<ResultPage<ChallengeResponse>, bool> done, string what) =>
        Eventually.Value(() => SearchAsync(client, query), done, Samples.Propagation, what);
}
