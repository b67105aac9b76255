namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// Three cities on their own real brokers, joined by federation, each with its catalog service.
/// Tests share it but never each other's data: each creates its own listings.
/// </summary>
public class CatalogFederation : IAsyncLifetime
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

    /// <summary>Whether every service keeps its data on the test run's PostgreSQL server rather than in SQLite files.</summary>
    protected virtual bool OnPostgres => false;

    public async Task InitializeAsync()
    {
        var host = FederationHost.For(Cities).Serve<Program>("catalog");
        Host = await (OnPostgres ? host.OnPostgres() : host).StartAsync();
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

/// <summary>The same cities with identity and catalog on PostgreSQL, the production store.</summary>
public sealed class CatalogFederationOnPostgres : CatalogFederation
{
    protected override bool OnPostgres => true;
}

[CollectionDefinition(nameof(CatalogFederationOnPostgres))]
public sealed class CatalogFederationOnPostgresCollection : ICollectionFixture<CatalogFederationOnPostgres>;
