extern alias catalog;
using Federation.Contracts.Catalog;
using CatalogProgram = catalog::Program;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// Three cities on their own real brokers, joined by federation, each with identity, catalog and trials
/// services. Tests share it but never each other's trials: each lists its own solution and applies anew.
/// </summary>
public class TrialsFederation : IAsyncLifetime
{
    public static readonly string[] Cities = ["taipei", "seoul", "new-taipei"];

    /// <summary>Short enough that a test can watch an application become overdue.</summary>
    public static readonly TimeSpan ScreeningPeriod = TimeSpan.FromSeconds(15);

    public FederationHost Host { get; private set; } = null!;

    public TestFederation Brokers => Host.Brokers;

    public CityService<Program> Trials(string city) => Host.Service<Program>(city);

    public HttpClient Anonymous(string city) => Host.Anonymous(city, "trials");

    /// <summary>A client of the user's own city's trials service, signed in as <paramref name="user"/> (e.g. "startup@seoul").</summary>
    public Task<HttpClient> TrialsAs(string user) => Host.ClientAsync(user, "trials");

    /// <summary>A client of <paramref name="city"/>'s trials service sending the token <paramref name="user"/> got at its own city.</summary>
    public Task<HttpClient> TrialsAt(string city, string user) => Host.ClientAsync(user, "trials", city);

    public Task<string> CreateUserAsync(string city, string name, string role, string organisation) =>
        Host.CreateUserAsync(city, name, role, organisation);

    /// <summary>How many trials of <paramref name="solutionId"/> the city's trials database holds, as any copy.</summary>
    public Task<int> TrialsOfAsync(string city, Guid solutionId) =>
        Trials(city).WithScopeAsync<TrialsDbContext, int>(db => db.Trials.CountAsync(t => t.SolutionId == solutionId));

    /// <summary>Whether the city's trials database holds trial <paramref name="id"/> at all.</summary>
    public Task<bool> HoldsAsync(string city, Guid id) =>
        Trials(city).WithScopeAsync<TrialsDbContext, bool>(db => db.Trials.AnyAsync(t => t.Id == id));

    public Task<HttpClient> CatalogAs(string user) => Host.ClientAsync(user, "catalog");

    public HttpClient AnonymousCatalog(string city) => Host.Anonymous(city, "catalog");

    /// <summary>
    /// A new listing of <paramref name="city"/>, to apply with: listed by <paramref name="startup"/> (startup@{city} unless
    /// given) for its own organisation, since a startup applies only with its own organisation's listings.
    /// </summary>
    public async Task<SolutionResponse> ListSolutionAsync(string city, string title = "Smart bus stop", string? startup = null) =>
        await Listings.ListSolutionAsync(await CatalogAs(startup ?? $"startup@{city}"), city, title);

    /// <summary>A new open challenge of <paramref name="city"/>, published by its agency, to answer with an application.</summary>
    public async Task<ChallengeResponse> PublishChallengeAsync(string city) =>
        await Listings.PublishChallengeAsync(await CatalogAs($"agency@{city}"), city);

    /// <summary>Whether every service keeps its data on the test run's PostgreSQL server rather than in SQLite files.</summary>
    protected virtual bool OnPostgres => false;

    // Trials asks its city's catalogue about listings over HTTP, on the member-list port.
    public async Task InitializeAsync()
    {
        var host = FederationHost.For(Cities)
            .Serve<CatalogProgram>("catalog", listen: true)
            .Serve<Program>("trials", settings: new Dictionary<string, string> { ["Trials:ScreeningPeriod"] = ScreeningPeriod.ToString() });
        Host = await (OnPostgres ? host.OnPostgres() : host).StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}

[CollectionDefinition(nameof(TrialsFederation))]
public sealed class TrialsFederationCollection : ICollectionFixture<TrialsFederation>;

/// <summary>The same cities with every service (identity, catalog, trials) on PostgreSQL, the production store.</summary>
public sealed class TrialsFederationOnPostgres : TrialsFederation
{
    protected override bool OnPostgres => true;
}

[CollectionDefinition(nameof(TrialsFederationOnPostgres))]
public sealed class TrialsFederationOnPostgresCollection : ICollectionFixture<TrialsFederationOnPostgres>;
