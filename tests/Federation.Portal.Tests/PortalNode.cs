extern alias identity;
extern alias catalog;
extern alias trials;
extern alias awards;
using Federation.Testing;
using Xunit;

namespace Federation.Portal.Tests;

/// <summary>
/// One city's whole node (identity, catalog, trials, awards and the portal) on its own real broker: the
/// portal's pages call real services. taipei hosts the secretariat, so every role has pages here.
/// </summary>
public sealed class PortalNode : IAsyncLifetime
{
    public const string City = "taipei";
    private readonly List<IAsyncDisposable> _services = [];

    public TestFederation Federation { get; private set; } = null!;
    public CityService<Program> Portal { get; private set; } = null!;

    /// <summary>A browser-like client of the portal: cookies kept, redirects not followed (tests look at them).</summary>
    public PortalBrowser Browser(string? acceptLanguage = null) => new(Portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }), acceptLanguage);

    public async Task InitializeAsync()
    {
        Federation = await TestFederation.StartAsync(City);
        try
        {
            _services.Add(new CityService<identity::Program>(Federation, City, "identity", "Identity")
                { Settings = new Dictionary<string, string> { ["Identity:TokenRequestsPerMinute"] = "10000" } }.ListenOnMemberPort());
            _services.Add(new CityService<catalog::Program>(Federation, City, "catalog", "Catalog").ListenOnMemberPort());
            _services.Add(new CityService<trials::Program>(Federation, City, "trials", "Trials").ListenOnMemberPort());
            _services.Add(new CityService<awards::Program>(Federation, City, "awards", "Awards").ListenOnMemberPort());
            // Every test signs in from one address: the sign-in limit has a test of its own.
            Portal = new CityService<Program>(Federation, City, "portal", "Portal")
                { Settings = new Dictionary<string, string> { ["Portal:SignInsPerAddressPerMinute"] = "10000" } };
            _services.Add(Portal);
            foreach (var service in new[] { "catalog", "trials", "awards" })
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Federation.Members.Get(City).Services[service]}") };
                await Eventually.Async(async () => (await http.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), $"{service} to become healthy");
            }
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_services)) await service.DisposeAsync();
        if (Federation is not null) await Federation.DisposeAsync();
    }
}

[CollectionDefinition(nameof(PortalNode))]
public sealed class PortalNodeCollection : ICollectionFixture<PortalNode>;
