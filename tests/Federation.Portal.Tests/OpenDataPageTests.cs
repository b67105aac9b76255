using Federation.ServiceDefaults.Clients;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Federation.Portal.Tests;

/// <summary>Every page leads to the node's open data, whose page gives the catalog service's export addresses.</summary>
[Collection(nameof(PortalNode))]
public sealed class OpenDataPageTests(PortalNode node)
{
    [Fact]
    public async Task The_footer_leads_to_the_open_data_page_which_links_each_export_of_this_city_in_the_visitor_language()
    {
        using var browser = node.Browser("ko");

        Assert.Contains("<a href=\"/open-data\">공공데이터</a>", await browser.PageAsync("/"));
        var page = await browser.PageAsync("/open-data");

        var catalog = node.Portal.Services.GetRequiredService<IOptionsMonitor<ServiceAddress>>().Get("Catalog").BaseAddress!;
        foreach (var file in new[] { "catalog.jsonld", "solutions.csv", "challenges.csv" })
            Assert.Contains($"href=\"{new Uri(catalog, $"/api/open-data/{file}")}\"", page);
        Assert.Contains("DCAT-AP 카탈로그 (JSON-LD)", page);
    }
}
