namespace Federation.Catalog.Tests.Functional;

[Collection(CatalogCollection.Name)]
public sealed class HostingTests(CatalogNode node)
{
    private readonly HttpClient _client = node.Client;

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/swagger/index.html")]
    public async Task Operational_endpoint_answers_ok(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_catalogue()
    {
        var response = await _client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/solutions", paths);
        Assert.Contains("/api/challenges", paths);
        Assert.Contains("/api/catalog/resync", paths);
    }

    [Fact]
    public async Task Resync_of_another_member_is_accepted()
    {
        var response = await _client.PostAsJsonAsync("/api/catalog/resync", new ResyncRequest(["Seoul"]));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["seoul"], (await response.Content.ReadFromJsonAsync<ResyncResponse>())!.Cities);
    }

    [Fact]
    public async Task Resync_without_cities_asks_every_other_member()
    {
        var response = await _client.PostAsJsonAsync("/api/catalog/resync", new ResyncRequest(null));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["seoul"], (await response.Content.ReadFromJsonAsync<ResyncResponse>())!.Cities);
    }
}
