namespace Federation.Catalog.Tests.Federation;

[Collection(nameof(CatalogFederation))]
public sealed class CatchUpTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_city_that_was_down_catches_up_on_everything_it_missed()
    {
        var taipei = federation.Client("taipei");
        var marker = Samples.Marker();
        var toWithdraw = await Samples.CreateAsync(taipei, Samples.StreetLamp($"{marker} early"));
        await Samples.SearchUntilAsync(federation.Client("seoul"), marker, p => p.Total == 1, "seoul to see the first listing");

        await federation.StopCatalogAsync("seoul");
        await federation.Brokers.StopCityBrokerAsync("seoul");
        try
        {
            var missed = await Samples.CreateAsync(taipei, Samples.StreetLamp($"{marker} while-down"));
            var changed = Samples.StreetLamp($"{marker} while-down") with { Trl = 7 };
            (await taipei.PutAsJsonAsync($"/api/solutions/{missed.Id}", new UpdateSolutionRequest(changed.Title, changed.Summary,
                changed.Domain, changed.Provider, changed.Maturity, changed.Trl, changed.Tags, changed.Contact, missed.Version)))
                .EnsureSuccessStatusCode();
            (await taipei.DeleteAsync($"/api/solutions/{toWithdraw.Id}")).EnsureSuccessStatusCode();
        }
        finally
        {
            await federation.Brokers.StartCityBrokerAsync("seoul");
            await federation.StartCatalogAsync("seoul");
        }

        var seen = await Samples.SearchUntilAsync(federation.Client("seoul"), marker,
            p => p.Items is [{ Version: 2, Trl: 7 }], "seoul to catch up after its restart");
        Assert.Contains("while-down", seen.Items[0].Title["en"]);
    }
}
