extern alias catalog;
using Federation.Contracts.Catalog;
using CatalogProgram = catalog::Program;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// Three cities on their own real brokers, joined by federation, each with identity, catalog and awards
/// services; taipei hosts the secretariat. Tests share it but never each other's data: each opens its own
/// cycle and lists its own solutions.
/// </summary>
public class AwardsFederation : IAsyncLifetime
{
    public static readonly string[] Cities = ["taipei", "seoul", "new-taipei"];

    public FederationHost Host { get; private set; } = null!;

    public TestFederation Brokers => Host.Brokers;

    public CityService<Program> Awards(string city) => Host.Service<Program>(city);

    public HttpClient Anonymous(string city) => Host.Anonymous(city, "awards");

    /// <summary>A client of the user's own city's awards service, signed in as <paramref name="user"/> (e.g. "judge@seoul").</summary>
    public Task<HttpClient> AwardsAs(string user) => Host.ClientAsync(user, "awards");

    /// <summary>A client of <paramref name="city"/>'s awards service sending the token <paramref name="user"/> got at its own city.</summary>
    public Task<HttpClient> AwardsAt(string city, string user) => Host.ClientAsync(user, "awards", city);

    public Task<string> CreateUserAsync(string city, string name, string role, string organisation) =>
        Host.CreateUserAsync(city, name, role, organisation);

    /// <summary>Reads or arranges the city's awards database directly.</summary>
    public Task<T> WithAwardsDbAsync<T>(string city, Func<AwardsDbContext, Task<T>> use) => Awards(city).WithScopeAsync(use);

    public Task<HttpClient> CatalogAs(string user) => Host.ClientAsync(user, "catalog");

    public HttpClient AnonymousCatalog(string city) => Host.Anonymous(city, "catalog");

    /// <summary>
    /// A new listing of <paramref name="city"/>, to nominate: listed by startup@{city} for its own organisation, since a
    /// startup applies only with its own organisation's listings.
    /// </summary>
    public async Task<SolutionResponse> ListSolutionAsync(string city, string title = "Smart bus stop") =>
        await Listings.ListSolutionAsync(await CatalogAs($"startup@{city}"), city, title);

    /// <summary>Whether every service keeps its data on the test run's PostgreSQL server rather than in SQLite files.</summary>
    protected virtual bool OnPostgres => false;

    // Awards asks its city's catalogue about listings, and its identity service about judges, over HTTP.
    public async Task InitializeAsync()
    {
        var host = FederationHost.For(Cities)
            .Serve<CatalogProgram>("catalog", listen: true)
            .Serve<Program>("awards");
        Host = await (OnPostgres ? host.OnPostgres() : host).StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}

[CollectionDefinition(nameof(AwardsFederation))]
public sealed class AwardsFederationCollection : ICollectionFixture<AwardsFederation>;

/// <summary>The same cities with every service (identity, catalog, awards) on PostgreSQL, the production store.</summary>
public sealed class AwardsFederationOnPostgres : AwardsFederation
{
    protected override bool OnPostgres => true;
}

[CollectionDefinition(nameof(AwardsFederationOnPostgres))]
public sealed class AwardsFederationOnPostgresCollection : ICollectionFixture<AwardsFederationOnPostgres>;
