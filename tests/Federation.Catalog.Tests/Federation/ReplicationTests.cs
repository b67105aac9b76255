namespace Federation.Catalog.Tests.Federation;

[Collection(nameof(CatalogFederation))]
public sealed class ReplicationTests(CatalogFederation federation) : ReplicationTests<CatalogFederation>(federation);

/// <summary>The catalogue's journey across three cities with every service on PostgreSQL.</summary>
[Collection(nameof(CatalogFederationOnPostgres))]
public sealed class ReplicationTestsOnPostgres(CatalogFederationOnPostgres federation) : ReplicationTests<CatalogFederationOnPostgres>(federation);

public abstract class ReplicationTests<TFederation>(TFederation federation) where TFederation : CatalogFederation
{
    [Fact]
    public async Task Listing_created_in_taipei_is_found_by_every_other_citys_search_in_every_language()
    {
        var marker = Samples.Marker();
        var created = await Samples.CreateAsync(federation.Client("taipei"), Samples.StreetLamp(marker));

        foreach (var city in new[] { "seoul", "new-taipei" })
        {
            var client = federation.Client(city);
            var found = await Samples.SearchUntilAsync(client, $"{marker} 智慧", p => p.Total == 1, $"{city} to find the listing");
            var replica = Assert.Single(found.Items);
            Assert.Equal((created.Id, "taipei", 1L), (replica.Id, replica.City, replica.Version));
            Assert.Equal(created.Title, replica.Title);
            Assert.Single((await Samples.SearchAsync(client, $"lamp {marker}")).Items);
            Assert.Single((await Samples.SearchAsync(client, $"스마트 {marker}")).Items);
        }
    }

    [Fact]
    public async Task Update_and_withdrawal_follow_the_listing_to_every_city()
    {
        var marker = Samples.Marker();
        var taipei = federation.Client("taipei");
        var created = await Samples.CreateAsync(taipei, Samples.StreetLamp(marker));
        var changed = Samples.StreetLamp(marker) with { Trl = 8, Maturity = "deployed" };
        var update = new UpdateSolutionRequest(changed.Title, changed.Summary, changed.Domain, changed.Provider,
            changed.Maturity, changed.Trl, changed.Tags, changed.Contact, created.Version);

        (await taipei.PutAsJsonAsync($"/api/solutions/{created.Id}", update)).EnsureSuccessStatusCode();
        foreach (var city in new[] { "seoul", "new-taipei" })
            await Samples.SearchUntilAsync(federation.Client(city), marker,
                p => p.Items is [{ Version: 2, Trl: 8, Maturity: "deployed" }], $"{city} to receive version 2");

        Assert.Equal(HttpStatusCode.NoContent, (await taipei.DeleteAsync($"/api/solutions/{created.Id}")).StatusCode);
        foreach (var city in new[] { "seoul", "new-taipei" })
        {
            var client = federation.Client(city);
            await Samples.SearchUntilAsync(client, marker, p => p.Total == 0, $"{city} to drop the withdrawn listing");
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/solutions/{created.Id}")).StatusCode);
        }
    }
}
