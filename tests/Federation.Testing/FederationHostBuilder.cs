extern alias identity;
using IdentityProgram = identity::Program;

namespace Federation.Testing;

/// <summary>What a <see cref="FederationHost"/> starts in each of its cities.</summary>
public sealed class FederationHostBuilder
{
    private readonly string[] _cities;
    private readonly List<Func<FederationHost, string, FederationHost.Running?>> _services = [];
    private readonly Dictionary<string, string> _everywhere = [];
    private bool _everyCityAlike = true;
    private bool _onPostgres;
    private Func<TestFederation, string, IReadOnlyDictionary<string, string>?>? _identitySettings;

    internal FederationHostBuilder(string[] cities)
    {
        _cities = cities;
        _services.Add((host, city) => host.Start<IdentityProgram>(city, "identity", listen: true,
            FederationHost.Layered(_everywhere, _identitySettings?.Invoke(host.Brokers, city)), null));
    }

    /// <summary>
    /// Settings of one city's identity service, made once the brokers and ports are known (a city ID provider
    /// registered with the identity service's own address, say).
    /// </summary>
    public FederationHostBuilder WithIdentitySettings(Func<TestFederation, string, IReadOnlyDictionary<string, string>?> forCity)
    {
        _identitySettings = forCity;
        return this;
    }

    /// <summary>
    /// Starts <paramref name="service"/> ("catalog", "trials", "awards", "portal") in every city (or <paramref name="onlyIn"/>
    /// one), in the test process, or on its member-list port when <paramref name="listen"/> (where the city's other
    /// services call it).
    /// </summary>
    public FederationHostBuilder Serve<TProgram>(string service, bool listen = false,
        IReadOnlyDictionary<string, string>? settings = null, string? onlyIn = null) where TProgram : class
    {
        _everyCityAlike &= onlyIn is null;
        _services.Add((host, city) => onlyIn is null || onlyIn == city ? host.Start<TProgram>(city, service, listen,
            FederationHost.Layered(_everywhere, settings), null) : null);
        return this;
    }

    /// <summary>Settings of every service the host starts (a quieter log, say), before each service's own.</summary>
    public FederationHostBuilder WithSettings(IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (key, value) in settings) _everywhere[key] = value;
        return this;
    }

    /// <summary>
    /// Every service keeps its data on the test run's PostgreSQL server (<c>Storage:Provider</c> postgres), a
    /// database of its own per city and service, instead of a SQLite file.
    /// </summary>
    public FederationHostBuilder OnPostgres()
    {
        _onPostgres = true;
        return this;
    }

    public Task<FederationHost> StartAsync() => FederationHost.StartAsync(_cities, _services, _everyCityAlike, _onPostgres);
}
