extern alias identity;
using System.Net;
using Federation.Testing;
using Xunit;

namespace Federation.Catalog.Tests.Federation;

/// <summary>Taipei's own broker goes down: its catalog keeps taking changes and delivers them later.</summary>
public sealed class BrokerOutageTests : IAsyncLifetime
{
    private TestFederation _brokers = null!;
    private CityService<Program> _taipei = null!, _seoul = null!;
    private CityService<identity::Program>? _taipeiIdentity;

    public async Task InitializeAsync()
    {
        _brokers = await TestFederation.StartAsync("taipei", "seoul");
        _taipei = new CityService<Program>(_brokers, "taipei", "catalog", "Catalog");
        _seoul = new CityService<Program>(_brokers, "seoul", "catalog", "Catalog");
        try
        {
            _taipeiIdentity = new CityService<identity::Program>(_brokers, "taipei", "identity", "Identity").ListenOnMemberPort();
            foreach (var catalog in new[] { _taipei, _seoul })
                await Eventually.Async(async () => (await catalog.CreateClient().GetAsync("/health")).IsSuccessStatusCode,
                    TimeSpan.FromSeconds(60), $"{catalog.City} to become healthy");
            await _brokers.WaitForFederationLinksAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            await DisposeAsync(); // xunit does not dispose what failed to start: its brokers would outlive the run
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await _taipei.DisposeAsync();
        await _seoul.DisposeAsync();
        if (_taipeiIdentity is not null) await _taipeiIdentity.DisposeAsync();
        await _brokers.DisposeAsync();
    }

    [Fact]
    public async Task Changes_made_while_the_broker_is_down_reach_other_cities_once_it_returns()
    {
        var taipei = await DevUsers.SignedInAsync(_taipei.CreateClient(), _brokers, "agency@taipei");
        await _brokers.StopCityBrokerAsync("taipei");

        await Eventually.Async(async () => (await taipei.GetAsync("/health")).StatusCode == HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(30), "taipei's catalog to report that it is not ready");
        Assert.Equal(HttpStatusCode.OK, (await taipei.GetAsync("/alive")).StatusCode);
        var marker = Samples.Marker();
        var created = await Samples.CreateAsync(taipei, Samples.StreetLamp(marker));
        Assert.Equal("taipei", created.City);

        await _brokers.StartCityBrokerAsync("taipei");

        await Samples.SearchUntilAsync(_seoul.CreateClient(), marker, p => p.Total == 1,
            "seoul to receive the listing written while taipei's broker was down");
        await Eventually.Async(async () => (await taipei.GetAsync("/health")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30), "taipei's catalog to be ready again");
    }
}
