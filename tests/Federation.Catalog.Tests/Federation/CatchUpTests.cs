namespace Federation.Catalog.Tests.Federation;

[Collection(nameof(CatalogFederation))]
public sealed class CatchUpTests(CatalogFederation federation)
{
    private static readonly TimeSpan ShortMaxAge = TimeSpan.FromSeconds(10);

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

    [Fact]
    public async Task A_city_away_longer_than_the_maximum_age_asks_for_what_it_missed_by_itself()
    {
        using var missed = new FederationMeasurements(FederationMetrics.MissedName);
        using var asked = new FederationMeasurements(FederationMetrics.CatchUpName);
        var taipei = federation.Client("taipei");
        var marker = Samples.Marker();

        await federation.StopCatalogAsync("seoul");
        SolutionResponse listing;
        try
        {
            listing = await Samples.CreateAsync(taipei, Samples.StreetLamp($"{marker} while-away"));
            // Seoul's broker holds the message for it, until it is older than seoul will accept.
            await Task.Delay(ShortMaxAge + TimeSpan.FromSeconds(2));
        }
        finally
        {
            await federation.StartCatalogAsync("seoul", s => s.Configure<MessageSigningOptions>(o => o.MessageMaxAge = ShortMaxAge));
        }
        try
        {
            var seen = await Samples.SearchUntilAsync(federation.Client("seoul"), marker, p => p.Total == 1,
                "seoul to get the listing it missed from taipei's resync");
            Assert.Equal(listing.Id, seen.Items[0].Id);
            Assert.Contains(missed.Seen, m => m["origin"] == "taipei" && m["type"] == nameof(SolutionPublished) && m["recoverable"] == "True");
            Assert.Contains(asked.Seen, m => m["city"] == "taipei");
            // The message itself was not applied: it waits in the error queue, as every stale one does.
            Assert.Contains("more than 10 seconds ago", await RejectionOfListingAsync(listing.Id));
        }
        finally
        {
            await federation.StopCatalogAsync("seoul");
            await federation.StartCatalogAsync("seoul");
        }
    }

    private async Task<string> RejectionOfListingAsync(Guid listingId)
    {
        var rejected = await federation.Brokers.Broker("seoul").Management.PeekMessagesAsync(SignedMessages.ReplicationErrors, 500);
        return rejected.FirstOrDefault(m => m.Payload.Contains(listingId.ToString()))?.Headers.GetValueOrDefault("MT-Fault-Message", "") ?? "";
    }
}
