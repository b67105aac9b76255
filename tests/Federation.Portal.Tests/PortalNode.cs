extern alias catalog;
extern alias trials;
extern alias awards;

namespace Federation.Portal.Tests;

/// <summary>
/// One city's whole node (identity, catalog, trials, awards and the portal) on its own real broker: the
/// portal's pages call real services. taipei hosts the secretariat, so every role has pages here.
/// </summary>
public sealed class PortalNode : IAsyncLifetime
{
    public const string City = "taipei";
    public static readonly TimeSpan SessionCheckInterval = TimeSpan.FromSeconds(2);

    public FederationHost Host { get; private set; } = null!;
    public TestFederation Federation => Host.Brokers;
    public CityService<Program> Portal => Host.Service<Program>(City);

    /// <summary>A browser-like client of the portal: cookies kept, redirects not followed (tests look at them).</summary>
    /// <remarks>A real client: the portal listens on its port, where the identity service sends browsers back.</remarks>
    public PortalBrowser Browser(string? acceptLanguage = null) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
        {
            BaseAddress = new Uri(Federation.ServiceUri(City, "portal")),
        }, acceptLanguage);

    // The portal calls the city's services on their member-list ports, and is called back there by its identity service.
    public async Task InitializeAsync() => Host = await FederationHost.For(City)
        .Serve<catalog::Program>("catalog", listen: true)
        .Serve<trials::Program>("trials", listen: true)
        .Serve<awards::Program>("awards", listen: true)
        // The identity service sends browsers back to the portal's own address. Sessions are checked every two seconds,
        // so that every test also runs the refresh, and one sees a stopped person signed out.
        .Serve<Program>("portal", listen: true, new Dictionary<string, string> { ["Portal:SessionCheckInterval"] = SessionCheckInterval.ToString() })
        .StartAsync();

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}

[CollectionDefinition(nameof(PortalNode))]
public sealed class PortalNodeCollection : ICollectionFixture<PortalNode>;
