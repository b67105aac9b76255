namespace Federation.Catalog.Tests.Functional;

[Collection(CatalogCollection.Name)]
public sealed class UpgradeTests(CatalogNode node)
{
    // A listing of seoul's own in the fixture, made by the release before migrations.
    private static readonly Guid BusStop = Guid.Parse("11111111-1111-1111-1111-111111111111");

    [Fact]
    public async Task A_catalogue_of_the_release_before_migrations_starts_upgraded_with_its_listings()
    {
        var file = Path.Combine(node.Federation.CityDirectory("seoul"), "catalog.db");
        PreviousRelease.CopyTo("catalog-61fc484.db", file);

        var seoul = await node.Host.StartAsync<Program>("seoul", "catalog");
        try
        {
            using var client = seoul.CreateClient();
            var listing = await client.GetFromJsonAsync<SolutionResponse>($"/api/solutions/{BusStop}");

            Assert.Equal(("seoul", "스마트 정류장"), (listing!.City, listing.Title["ko"]));
            Assert.Equal(PreviousRelease.Schema(node.Taipei.DatabaseFile), PreviousRelease.Schema(file));
            // Its search text made again as this release makes it: the Korean written without its space finds it.
            await Eventually.Async(async () => (await client.GetFromJsonAsync<ResultPage<SolutionResponse>>(
                    $"/api/solutions?q={Uri.EscapeDataString("스마트정류장")}"))!.Items.Any(s => s.Id == BusStop),
                TimeSpan.FromSeconds(20), "the upgraded listing to be found by its Korean without spaces");
        }
        finally
        {
            await node.Host.StopAsync("seoul", "catalog");
        }
    }
}
