extern alias catalog;
extern alias identity;
using System.Net.Http.Json;
using Federation.Contracts.Catalog;
using Federation.Testing;
using Federation.Awards.Storage;
using identity::Federation.Identity.Users;
using Microsoft.EntityFrameworkCore;
using Xunit;
using CatalogProgram = catalog::Program;
using IdentityProgram = identity::Program;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// Three cities on their own real brokers, joined by federation, each with identity, catalog and awards
/// services; taipei hosts the secretariat. Tests share it but never each other's data: each opens its own
/// cycle and lists its own solutions.
/// </summary>
public sealed class AwardsFederation : IAsyncLifetime
{
    public static readonly string[] Cities = ["taipei", "seoul", "new-taipei"];

    // Tests write far faster than people do; the write limits have tests of their own.
    private static readonly Dictionary<string, string> NoWriteLimits = new()
    {
        ["RateLimits:WritesPerUserPerMinute"] = "100000",
        ["RateLimits:WritesPerAddressPerMinute"] = "100000",
    };

    private static readonly Dictionary<string, string> NoTokenLimit = new() { ["Identity:TokenRequestsPerMinute"] = "10000" };

    private readonly List<IAsyncDisposable> _services = [];
    private readonly Dictionary<string, CityService<IdentityProgram>> _identities = [];
    private readonly Dictionary<string, CityService<Program>> _awards = [];
    private readonly Dictionary<string, CityService<CatalogProgram>> _catalogs = [];
    private readonly Dictionary<string, string> _tokens = [];

    public TestFederation Brokers { get; private set; } = null!;

    public CityService<Program> Awards(string city) => _awards[city];

    public HttpClient Anonymous(string city) => _awards[city].CreateClient();

    /// <summary>A client of the user's own city's awards service, signed in as <paramref name="user"/> (e.g. "judge@seoul").</summary>
    public async Task<HttpClient> AwardsAs(string user) => await SignedInAsync(_awards[CityOf(user)].CreateClient(), user);

    /// <summary>A client of <paramref name="city"/>'s awards service sending the token <paramref name="user"/> got at its own city.</summary>
    public async Task<HttpClient> AwardsAt(string city, string user) => await SignedInAsync(_awards[city].CreateClient(), user);

    /// <summary>
    /// Creates <c>{name}@{city}</c> in the city's identity service, as the dev users are seeded (same password),
    /// unless it exists; returns the user name to sign in with.
    /// </summary>
    public async Task<string> CreateUserAsync(string city, string name, string role, string organisation)
    {
        await _identities[city].WithScopeAsync<CityUsers, bool>(users => users.CreateIfAbsentAsync(name, role, organisation, DevUsers.Password));
        return $"{name}@{city}";
    }

    /// <summary>Reads or arranges the city's awards database directly.</summary>
    public Task<T> WithAwardsDbAsync<T>(string city, Func<AwardsDbContext, Task<T>> use) => _awards[city].WithScopeAsync(use);

    public async Task<HttpClient> CatalogAs(string user) => await SignedInAsync(_catalogs[CityOf(user)].CreateClient(), user);

    public HttpClient AnonymousCatalog(string city) => _catalogs[city].CreateClient();

    public async Task InitializeAsync()
    {
        Brokers = await TestFederation.StartAsync(Cities);
        try
        {
            foreach (var city in Cities)
            {
                // Every test signs its users in from one address: the token limit has tests of its own.
                var identity = new CityService<IdentityProgram>(Brokers, city, "identity", "Identity") { Settings = NoTokenLimit }.ListenOnMemberPort();
                _identities[city] = identity;
                _services.Add(identity);
                // Awards asks its city's catalogue about listings, and its identity service about judges, over HTTP.
                var catalog = new CityService<CatalogProgram>(Brokers, city, "catalog", "Catalog") { Settings = NoWriteLimits }.ListenOnMemberPort();
                _catalogs[city] = catalog;
                _services.Add(catalog);
                var awards = new CityService<Program>(Brokers, city, "awards", "Awards") { Settings = NoWriteLimits };
                _awards[city] = awards;
                _services.Add(awards);
            }
            await Task.WhenAll(Cities.Select(city => Task.WhenAll(
                HealthyAsync(_catalogs[city].CreateClient(), $"{city}'s catalog"),
                HealthyAsync(_awards[city].CreateClient(), $"{city}'s awards"))));
            await Brokers.WaitForFederationLinksAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            await DisposeAsync(); // xunit does not dispose a fixture that failed to start: its brokers would outlive the run
            throw;
        }
    }

    /// <summary>A new listing of <paramref name="city"/>, made by its agency, to nominate.</summary>
    public async Task<SolutionResponse> ListSolutionAsync(string city, string title = "Smart bus stop")
    {
        var agency = await CatalogAs($"agency@{city}");
        var response = await agency.PostAsJsonAsync("/api/solutions", new SolutionRequest(
            new Dictionary<string, string> { ["en"] = title, ["ko"] = "스마트 버스 정류장" },
            new Dictionary<string, string> { ["en"] = "Shows real-time arrivals and counts riders." },
            "transportation", new Provider($"{city} startup", "https://example.org", city), "pilot", 6, ["bus"], new Contact("Team", "team@example.org", null)));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SolutionResponse>())!;
    }

    public async Task DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_services)) await service.DisposeAsync();
        if (Brokers is not null) await Brokers.DisposeAsync();
    }

    private async Task<HttpClient> SignedInAsync(HttpClient client, string user)
    {
        if (!_tokens.TryGetValue(user, out var token)) _tokens[user] = token = await DevUsers.TokenAsync(Brokers, user);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private static string CityOf(string user) => user[(user.IndexOf('@') + 1)..];

    private static Task HealthyAsync(HttpClient client, string what) => Eventually.Async(
        async () => (await client.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), $"{what} to become healthy");
}

[CollectionDefinition(nameof(AwardsFederation))]
public sealed class AwardsFederationCollection : ICollectionFixture<AwardsFederation>;
