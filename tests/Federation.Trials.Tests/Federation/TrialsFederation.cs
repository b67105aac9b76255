extern alias catalog;
extern alias identity;
using System.Net.Http.Json;
using Federation.Contracts.Catalog;
using Federation.Testing;
using Federation.Trials.Storage;
using identity::Federation.Identity.Users;
using Microsoft.EntityFrameworkCore;
using Xunit;
using CatalogProgram = catalog::Program;
using IdentityProgram = identity::Program;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// Three cities on their own real brokers, joined by federation, each with identity, catalog and trials
/// services. Tests share it but never each other's trials: each lists its own solution and applies anew.
/// </summary>
public sealed class TrialsFederation : IAsyncLifetime
{
    public static readonly string[] Cities = ["taipei", "seoul", "new-taipei"];

    /// <summary>Short enough that a test can watch an application become overdue.</summary>
    public static readonly TimeSpan ScreeningPeriod = TimeSpan.FromSeconds(15);

    // Tests write far faster than people do; the write limits have tests of their own.
    private static readonly Dictionary<string, string> NoWriteLimits = new()
    {
        ["RateLimits:WritesPerUserPerMinute"] = "100000",
        ["RateLimits:WritesPerAddressPerMinute"] = "100000",
    };

    private readonly List<IAsyncDisposable> _services = [];
    private readonly Dictionary<string, CityService<IdentityProgram>> _identities = [];
    private readonly Dictionary<string, CityService<Program>> _trials = [];
    private readonly Dictionary<string, CityService<CatalogProgram>> _catalogs = [];
    private readonly Dictionary<string, string> _tokens = [];

    public TestFederation Brokers { get; private set; } = null!;

    public CityService<Program> Trials(string city) => _trials[city];

    public HttpClient Anonymous(string city) => _trials[city].CreateClient();

    /// <summary>A client of the user's own city's trials service, signed in as <paramref name="user"/> (e.g. "startup@seoul").</summary>
    public async Task<HttpClient> TrialsAs(string user) => await SignedInAsync(_trials[CityOf(user)].CreateClient(), user);

    /// <summary>A client of <paramref name="city"/>'s trials service sending the token <paramref name="user"/> got at its own city.</summary>
    public async Task<HttpClient> TrialsAt(string city, string user) => await SignedInAsync(_trials[city].CreateClient(), user);

    /// <summary>
    /// Creates <c>{name}@{city}</c> in the city's identity service, as the dev users are seeded (same password),
    /// unless it exists; returns the user name to sign in with.
    /// </summary>
    public async Task<string> CreateUserAsync(string city, string name, string role, string organisation)
    {
        await _identities[city].WithScopeAsync<CityUsers, bool>(users => users.CreateIfAbsentAsync(name, role, organisation, DevUsers.Password));
        return $"{name}@{city}";
    }

    /// <summary>How many trials of <paramref name="solutionId"/> the city's trials database holds, as any copy.</summary>
    public Task<int> TrialsOfAsync(string city, Guid solutionId) =>
        _trials[city].WithScopeAsync<TrialsDbContext, int>(db => db.Trials.CountAsync(t => t.SolutionId == solutionId));

    /// <summary>Whether the city's trials database holds trial <paramref name="id"/> at all.</summary>
    public Task<bool> HoldsAsync(string city, Guid id) =>
        _trials[city].WithScopeAsync<TrialsDbContext, bool>(db => db.Trials.AnyAsync(t => t.Id == id));

    public async Task<HttpClient> CatalogAs(string user) => await SignedInAsync(_catalogs[CityOf(user)].CreateClient(), user);

    public HttpClient AnonymousCatalog(string city) => _catalogs[city].CreateClient();

    public async Task InitializeAsync()
    {
        Brokers = await TestFederation.StartAsync(Cities);
        try
        {
            foreach (var city in Cities)
            {
                var identity = new CityService<IdentityProgram>(Brokers, city, "identity", "Identity").ListenOnMemberPort();
                _identities[city] = identity;
                _services.Add(identity);
                // Trials asks its city's catalogue about listings over HTTP, on the member-list port.
                var catalog = new CityService<CatalogProgram>(Brokers, city, "catalog", "Catalog") { Settings = NoWriteLimits }.ListenOnMemberPort();
                _catalogs[city] = catalog;
                _services.Add(catalog);
                var trials = new CityService<Program>(Brokers, city, "trials", "Trials")
                {
                    Settings = new Dictionary<string, string>(NoWriteLimits) { ["Trials:ScreeningPeriod"] = ScreeningPeriod.ToString() },
                };
                _trials[city] = trials;
                _services.Add(trials);
            }
            await Task.WhenAll(Cities.Select(city => Task.WhenAll(
                HealthyAsync(_catalogs[city].CreateClient(), $"{city}'s catalog"),
                HealthyAsync(_trials[city].CreateClient(), $"{city}'s trials"))));
            await Brokers.WaitForFederationLinksAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            await DisposeAsync(); // xunit does not dispose a fixture that failed to start: its brokers would outlive the run
            throw;
        }
    }

    /// <summary>A new listing of <paramref name="city"/>, made by its agency, to apply with.</summary>
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

    /// <summary>A new open challenge of <paramref name="city"/>, published by its agency, to answer with an application.</summary>
    public async Task<ChallengeResponse> PublishChallengeAsync(string city)
    {
        var agency = await CatalogAs($"agency@{city}");
        var response = await agency.PostAsJsonAsync("/api/challenges", new ChallengeRequest(
            new Dictionary<string, string> { ["en"] = "Shorter waits at bus stops" },
            new Dictionary<string, string> { ["en"] = "Riders wait too long on line 216." },
            "transportation", $"{city} smart city office", "Beitou bus line 216", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3), "open"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!;
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

[CollectionDefinition(nameof(TrialsFederation))]
public sealed class TrialsFederationCollection : ICollectionFixture<TrialsFederation>;
