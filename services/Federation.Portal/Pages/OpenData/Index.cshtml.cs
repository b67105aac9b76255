using Federation.ServiceDefaults.Clients;
using Microsoft.Extensions.Options;

namespace Federation.Portal.Pages.OpenData;

/// <summary>
/// Where this node's open data is: the catalog service's exports, linked at the address the portal calls it on
/// (<c>Services:Catalog</c>), which is therefore the address to give harvesters.
/// </summary>
public sealed class IndexModel(IOptionsMonitor<ServiceAddress> services) : PortalPage
{
    public string Catalog => Export("catalog.jsonld");
    public string SolutionsCsv => Export("solutions.csv");
    public string ChallengesCsv => Export("challenges.csv");

    public void OnGet() { }

    private string Export(string file) => new Uri(services.Get("Catalog").BaseAddress!, $"/api/open-data/{file}").ToString();
}
