extern alias identity;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Federation.Contracts.Identity;
using identity::Federation.Identity.Users;
using Microsoft.Extensions.DependencyInjection;
using IdentityProgram = identity::Program;

namespace Federation.Testing;

/// <summary>
/// A test federation's cities with their services started: every fixture that needs running services
/// builds one (<c>await FederationHost.For("taipei", "seoul").Serve&lt;CatalogProgram&gt;("catalog").StartAsync()</c>).
/// Each city's identity service always runs, on its member-list port, where the others check tokens. The host
/// hands out clients, signed in as dev users on tokens got once each, and takes everything down again.
/// </summary>
public sealed class FederationHost : IAsyncDisposable
{
    // Tests write and sign in far faster than people do; each limit has tests of its own.
    private static readonly Dictionary<string, string> NoLimits = new()
    {
        ["RateLimits:WritesPerUserPerMinute"] = "100000",
        ["RateLimits:WritesPerAddressPerMinute"] = "100000",
        ["Identity:TokenRequestsPerMinute"] = "10000",
    };

    private readonly List<Running> _services = [];
    private readonly Dictionary<string, Task<string>> _tokens = [];

    private FederationHost(TestFederation brokers, PostgresServer? postgres)
    {
        Brokers = brokers;
        Postgres = postgres;
    }

    public TestFederation Brokers { get; }

    /// <summary>Where every service of the host keeps its data, if not in SQLite files (<see cref="FederationHostBuilder.OnPostgres"/>).</summary>
    public PostgresServer? Postgres { get; }

    public static FederationHostBuilder For(params string[] cities) => new(cities);

    /// <summary>The city's running service of <typeparamref name="TProgram"/>, to create clients or reach its database.</summary>
    public CityService<TProgram> Service<TProgram>(string city) where TProgram : class =>
        (CityService<TProgram>)Find(city, s => s.Factory is CityService<TProgram>).Factory;

    /// <summary>A client of the city's <paramref name="service"/> ("catalog", "trials", ...) without a token.</summary>
    public HttpClient Anonymous(string city, string service) => Find(city, s => s.Name == service).CreateClient();

    /// <summary>A client of <paramref name="service"/> of <paramref name="city"/> (the user's own city unless given) sending the user's token.</summary>
    public async Task<HttpClient> ClientAsync(string user, string service, string? city = null) =>
        await SignedInAsync(Anonymous(city ?? CityOf(user), service), user);

    /// <summary>Sends <paramref name="user"/>'s token (e.g. "agency@taipei", got from its own city once) with <paramref name="client"/>.</summary>
    public async Task<HttpClient> SignedInAsync(HttpClient client, string user)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        return client;
    }

    public Task<string> TokenAsync(string user)
    {
        // A failed sign-in is not kept: every later test of the fixture would fail with it, hiding which one it was.
        lock (_tokens)
            return _tokens.TryGetValue(user, out var token) && !token.IsFaulted && !token.IsCanceled
                ? token
                : _tokens[user] = DevUsers.TokenAsync(Brokers, user);
    }

    /// <summary>
    /// Creates <c>{name}@{city}</c> in the city's identity service as the dev users are seeded (same password),
    /// unless it exists; returns the user name to sign in with.
    /// </summary>
    public async Task<string> CreateUserAsync(string city, string name, string role, string organisation)
    {
        await Service<IdentityProgram>(city).WithScopeAsync<CityUsers, bool>(users => users.CreateIfAbsentAsync(name, role, organisation, DevUsers.Password));
        return $"{name}@{city}";
    }

    /// <summary>The id of <paramref name="user"/>'s organisation in their city's directory, as the city's agency looks it up.</summary>
    public async Task<Guid> OrganisationIdAsync(string user)
    {
        using var agency = await ClientAsync($"agency@{CityOf(user)}", "identity");
        var found = await agency.GetFromJsonAsync<CityUserResponse>($"/api/users/{Uri.EscapeDataString(user)}");
        return found!.OrganisationId ?? throw new InvalidOperationException($"{user} belongs to no organisation of the directory.");
    }

    public static string CityOf(string user) => user[(user.IndexOf('@') + 1)..];

    /// <summary>Starts (or restarts, on its old database) the city's <paramref name="service"/> and waits until it is healthy.</summary>
    public async Task<CityService<TProgram>> StartAsync<TProgram>(string city, string service, bool listen = false,
        IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null) where TProgram : class
    {
        var started = Start<TProgram>(city, service, listen, settings, testServices);
        await HealthyAsync(started);
        return (CityService<TProgram>)started.Factory;
    }

    internal Running Start<TProgram>(string city, string service, bool listen,
        IReadOnlyDictionary<string, string>? settings, Action<IServiceCollection>? testServices) where TProgram : class
    {
        var factory = new CityService<TProgram>(Brokers, city, service, char.ToUpperInvariant(service[0]) + service[1..])
        {
            Settings = Layered(NoLimits, settings),
            TestServices = testServices,
            Postgres = Postgres,
        };
        var started = new Running(city, service, factory, factory.CreateClient);
        lock (_services) _services.Add(started);
        if (listen) factory.ListenOnMemberPort();
        else factory.StartServer();
        return started;
    }

    /// <summary>Stops the city's <paramref name="service"/>; its database stays for a later start.</summary>
    public async Task StopAsync(string city, string service)
    {
        var stopped = Find(city, s => s.Name == service);
        lock (_services) _services.Remove(stopped);
        await stopped.Factory.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        List<Running> services;
        lock (_services) services = [.. _services];
        // Last started, first stopped: a service outlives those that call it.
        foreach (var service in Enumerable.Reverse(services)) await service.Factory.DisposeAsync();
        await Brokers.DisposeAsync();
    }

    internal static async Task<FederationHost> StartAsync(string[] cities, IReadOnlyList<Func<FederationHost, string, Running?>> services,
        bool waitForLinks, bool onPostgres)
    {
        var postgres = onPostgres ? await PostgresServer.StartedAsync() : null;
        var host = new FederationHost(await TestFederation.StartAsync(cities), postgres);
        try
        {
            // One host at a time (in the order given: identity before those that check its tokens), then all
            // waited for at once: hosts built side by side can catch each other's start in WebApplicationFactory.
            var started = host.Brokers.Members.Cities.SelectMany(city => services.Select(start => start(host, city.Id))).OfType<Running>().ToList();
            await Task.WhenAll(started.Select(HealthyAsync));
            // A link runs once the exchange it follows exists, declared by the services of the other city: only
            // where every city runs the same services do all links come up.
            if (waitForLinks && host.Brokers.Members.Cities.Count > 1) await host.Brokers.WaitForFederationLinksAsync(HealthTimeout);
            return host;
        }
        catch
        {
            await host.DisposeAsync(); // xunit does not dispose a fixture that failed to start: its brokers would outlive the run
            throw;
        }
    }

    /// <summary>Settings of both dictionaries, the second's where both have a key.</summary>
    internal static Dictionary<string, string> Layered(IReadOnlyDictionary<string, string> under, IReadOnlyDictionary<string, string>? over)
    {
        var settings = new Dictionary<string, string>(under);
        foreach (var (key, value) in over ?? new Dictionary<string, string>()) settings[key] = value;
        return settings;
    }

    // Many hosts starting at once on two cores take a while, more on a machine that builds meanwhile.
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(120);

    private static Task HealthyAsync(Running service) => Eventually.Async(async () =>
    {
        using var client = service.CreateClient();
        return (await client.GetAsync("/health")).IsSuccessStatusCode;
    }, HealthTimeout, $"{service.City}'s {service.Name} to become healthy");

    private Running Find(string city, Func<Running, bool> match)
    {
        lock (_services)
            return _services.LastOrDefault(s => s.City == city && match(s)) ?? throw new KeyNotFoundException($"No such service running in {city}.");
    }

    internal sealed record Running(string City, string Name, IAsyncDisposable Factory, Func<HttpClient> CreateClient);
}
