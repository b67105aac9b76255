extern alias identity;
using Federation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// Three cities on their own real brokers, joined by federation, each with its catalog service.
/// Tests share it but never each other's data: each creates its own listings.
/// </summary>
public sealed class CatalogFederation : IAsyncLifetime
{
    public static readonly string[] Cities = ["taipei", "seoul", "new-taipei"];
    private readonly Dictionary<string, CityService<Program>> _catalogs = [];
    private readonly List<CityService<identity::Program>> _identities = [];
    private readonly Dictionary<string, string> _agencyTokens = [];

    public TestFederation Brokers { get; private set; } = null!;

    public CityService<Program> Catalog(string city) => _catalogs[city];

    /// <summary>A client of the city's catalog signed in as that city's agency.</summary>
    public HttpClient Client(string city)
    {
        var client = _catalogs[city].CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", _agencyTokens[city]);
        return client;
    }

    public async Task InitializeAsync()
    {
        Brokers = await TestFederation.StartAsync(Cities);
        try
        {
            foreach (var city in Cities)
            {
                _identities.Add(new CityService<identity::Program>(Brokers, city, "identity", "Identity").ListenOnMemberPort());
                _agencyTokens[city] = await DevUsers.TokenAsync(Brokers, $"agency@{city}");
                await StartCatalogAsync(city);
            }
            await Brokers.WaitForFederationLinksAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            await DisposeAsync(); // xunit does not dispose a fixture that failed to start: its brokers would outlive the run
            throw;
        }
    }

    /// <summary>Starts (or restarts, on its old database) a city's catalog and waits until it is ready.</summary>
    public async Task StartCatalogAsync(string city, Action<IServiceCollection>? testServices = null)
    {
        var catalog = new CityService<Program>(Brokers, city, "catalog", "Catalog") { TestServices = testServices };
        _catalogs[city] = catalog;
        await Eventually.Async(async () =>
        {
            var response = await catalog.CreateClient().GetAsync("/health");
            return response.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(60), $"{city}'s catalog to become healthy");
    }

    public async Task StopCatalogAsync(string city)
    {
        await _catalogs[city].DisposeAsync();
        _catalogs.Remove(city);
    }

    public async Task DisposeAsync()
    {
        foreach (var catalog in _catalogs.Values) await catalog.DisposeAsync();
        foreach (var identity in _identities) await identity.DisposeAsync();
        await Brokers.DisposeAsync();
    }
}

[CollectionDefinition(nameof(CatalogFederation))]
public sealed class CatalogFederationCollection : ICollectionFixture<CatalogFederation>;
