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
        .Serve<Program>("portal", listen: true) // the identity service sends browsers back to the portal's own address
        .StartAsync();

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}

[CollectionDefinition(nameof(PortalNode))]
public sealed class PortalNodeCollection : ICollectionFixture<PortalNode>;
