namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// Three cities on their own real brokers, joined by federation, each with its catalog service.
/// Tests share it but never each other's data: each creates its own listings.
/// </summary>
public sealed class CatalogFederation : IAsyncLifetime
{
    public static readonly string[] Cities = ["taipei", "seoul", "new-taipei"];
    private readonly Dictionary<string, string> _agencyTokens = [];

    public FederationHost Host { get; private set; } = null!;

    public TestFederation Brokers => Host.Brokers;

    public CityService<Program> Catalog(string city) => Host.Service<Program>(city);

    /// <summary>A client of the city's catalog signed in as that city's agency (its token got at the start).</summary>
    public HttpClient Client(string city)
    {
        var client = Host.Anonymous(city, "catalog");
        client.DefaultRequestHeaders.Authorization = new("Bearer", _agencyTokens[city]);
        return client;
    }

    public async Task InitializeAsync()
    {
        Host = await FederationHost.For(Cities).Serve<Program>("catalog").StartAsync();
        foreach (var city in Cities) _agencyTokens[city] = await Host.TokenAsync($"agency@{city}");
    }

    /// <summary>Starts (or restarts, on its old database) a city's catalog and waits until it is ready.</summary>
    public Task StartCatalogAsync(string city, Action<IServiceCollection>? testServices = null) =>
        Host.StartAsync<Program>(city, "catalog", testServices: testServices);

    public Task StopCatalogAsync(string city) => Host.StopAsync(city, "catalog");

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}

[CollectionDefinition(nameof(CatalogFederation))]
public sealed class CatalogFederationCollection : ICollectionFixture<CatalogFederation>;
