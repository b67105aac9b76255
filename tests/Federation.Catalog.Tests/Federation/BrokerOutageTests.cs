namespace Federation.Catalog.Tests.Federation;

/// <summary>Taipei's own broker goes down: its catalog keeps taking changes and delivers them later.</summary>
public sealed class BrokerOutageTests : IAsyncLifetime
{
    private FederationHost _host = null!;

    public async Task InitializeAsync() => _host = await FederationHost.For("taipei", "seoul").Serve<Program>("catalog").StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    [Fact]
    public async Task Changes_made_while_the_broker_is_down_reach_other_cities_once_it_returns()
    {
        var taipei = await _host.ClientAsync("agency@taipei", "catalog");
        await _host.Brokers.StopCityBrokerAsync("taipei");

        await Eventually.Async(async () => (await taipei.GetAsync("/health")).StatusCode == HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(30), "taipei's catalog to report that it is not ready");
        Assert.Equal(HttpStatusCode.OK, (await taipei.GetAsync("/alive")).StatusCode);
        var marker = Samples.Marker();
        var created = await Samples.CreateAsync(taipei, Samples.StreetLamp(marker));
        Assert.Equal("taipei", created.City);

        await _host.Brokers.StartCityBrokerAsync("taipei");

        await Samples.SearchUntilAsync(_host.Anonymous("seoul", "catalog"), marker, p => p.Total == 1,
            "seoul to receive the listing written while taipei's broker was down");
        await Eventually.Async(async () => (await taipei.GetAsync("/health")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30), "taipei's catalog to be ready again");
    }
}
