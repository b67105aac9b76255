namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// Every node publishes the federated catalogue for open-data portals: DCAT-AP read by a real JSON-LD processor, and CSV,
/// each with every language of a record and what the network verified about it.
/// </summary>
[Collection(nameof(CatalogFederation))]
public sealed class OpenDataTests(CatalogFederation federation)
{
    private const string Dct = "http://purl.org/dc/terms/";

    [Fact]
    public async Task Every_node_exports_a_seoul_solution_verified_in_taipei_as_dcat_ap_with_every_language()
    {
        var solution = await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp(Samples.Marker()));
        await federation.PublishFromTaipeiAsync(federation.VerifiedInTaipei(Guid.NewGuid(), solution), NewId.NextGuid());

        foreach (var city in CatalogFederation.Cities)
        {
            var client = federation.Client(city);
            var (dataset, quads) = await Eventually.Value(async () =>
            {
                var response = await client.GetAsync("/api/open-data/catalog.jsonld");
                Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
                var (expanded, quads) = await JsonLd.ReadAsync(await response.Content.ReadAsStringAsync());
                return (Dataset(expanded, client.BaseAddress!, solution), quads);
            }, found => found.Item1 is { } d && d.TryGetProperty("urn:gosmart-federation:terms:verifiedTrial", out _),
                Samples.Propagation, $"{city}'s export to hold the verified solution");

            var titles = dataset!.Value.GetProperty($"{Dct}title").EnumerateArray()
                .ToDictionary(t => t.GetProperty("@language").GetString()!.ToLowerInvariant(), t => t.GetProperty("@value").GetString());
            Assert.Equal(solution.Title.ToDictionary(t => t.Key.ToLowerInvariant(), t => (string?)t.Value), titles);
            Assert.Contains($"\"{solution.Title["ko"]}\"@ko", quads);
            Assert.Contains($"\"{solution.Title["zh-TW"]}\"@zh-TW", quads, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<http://publications.europa.eu/resource/authority/data-theme/ENVI>", quads);
            var trial = Assert.Single(dataset.Value.GetProperty("urn:gosmart-federation:terms:verifiedTrial").EnumerateArray());
            Assert.Equal("taipei", trial.GetProperty("urn:gosmart-federation:terms:hostCity")[0].GetProperty("@value").GetString());
        }
    }

    [Fact]
    public async Task The_csv_export_has_a_column_per_language_and_the_verified_trials_of_each_solution()
    {
        var solution = await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp(Samples.Marker()));
        await federation.PublishFromTaipeiAsync(federation.VerifiedInTaipei(Guid.NewGuid(), solution), NewId.NextGuid());

        var (header, row) = await Eventually.Value(async () =>
        {
            var response = await federation.Client("new-taipei").GetAsync("/api/open-data/solutions.csv");
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
            // This test's row holds no comma, quote or line break, so splitting it at commas is reading it.
            var row = lines.FirstOrDefault(l => l.Contains(solution.Id.ToString()))?.Split(',');
            return (lines[0].Split(','), row);
        }, found => found.row is { } r && r[^2].Contains("taipei passed"), Samples.Propagation, "new-taipei's CSV to hold the verified solution");

        string Field(string column) => row![Array.IndexOf(header, column)];
        Assert.Equal((solution.Title["en"], solution.Title["zh-TW"], solution.Title["ko"]), (Field("title_en"), Field("title_zh-TW"), Field("title_ko")));
        Assert.Equal(("seoul", "environment", "lighting; iot"), (Field("city"), Field("domain"), Field("tags")));
        Assert.StartsWith("taipei passed ", Field("verified_trials"));
    }

    [Fact]
    public async Task A_page_that_is_not_a_number_is_a_400_naming_it()
    {
        var response = await federation.Client("taipei").GetAsync("/api/open-data/catalog.jsonld?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    /// <summary>The dataset of <paramref name="solution"/> in an expanded catalogue, named by its IRI at that node.</summary>
    private static JsonElement? Dataset(JsonElement expanded, Uri node, SolutionResponse solution)
    {
        var iri = new Uri(node, $"/api/solutions/{solution.Id}?city=seoul").ToString();
        var catalog = Assert.Single(expanded.EnumerateArray());
        foreach (var dataset in catalog.GetProperty("http://www.w3.org/ns/dcat#dataset").EnumerateArray())
            if (dataset.GetProperty("@id").GetString() == iri) return dataset;
        return null;
    }
}
