using System.Net.Http.Json;
using Federation.Contracts.Catalog;

namespace Federation.Portal.Tests;

/// <summary>The solutions search shows its facets with their counts in the visitor's language, and each narrows the search.</summary>
[Collection(nameof(PortalNode))]
public sealed class SearchFacetsPageTests(PortalNode node)
{
    [Fact]
    public async Task Facets_show_in_korean_with_their_counts_and_a_facet_link_filters_the_results()
    {
        var agency = await node.Host.ClientAsync("agency@taipei", "catalog", PortalNode.City);
        var marker = $"facet{Guid.NewGuid():N}"[..14];
        await CreateAsync(agency, $"Flood gauge {marker}", "environment", "deployed", 8);
        await CreateAsync(agency, $"Bus tracker {marker}", "transportation", "pilot", 6);
        await CreateAsync(agency, $"Air sensor {marker}", "environment", "pilot", 4);

        using var browser = node.Browser("ko");
        var page = await browser.PageAsync($"/solutions?q={marker}");

        Assert.Contains("결과 좁히기", page);
        Assert.Matches(@"data-facet=""domain:environment"">스마트 환경</a>\s*<span class=""muted"">\(2\)</span>", page);
        Assert.Matches(@"data-facet=""maturity:pilot"">시범 운영</a>\s*<span class=""muted"">\(2\)</span>", page);
        Assert.Matches(@"data-facet=""trl:8"">TRL 8</a>\s*<span class=""muted"">\(1\)</span>", page);
        Assert.Matches(@"data-facet=""verified:false"">아니요</a>\s*<span class=""muted"">\(3\)</span>", page);

        var link = System.Text.RegularExpressions.Regex.Match(page, @"href=""([^""]+)""[^>]*data-facet=""maturity:pilot""").Groups[1].Value;
        var filtered = await browser.PageAsync(System.Net.WebUtility.HtmlDecode(link));

        Assert.Contains("Bus tracker", filtered);
        Assert.Contains("Air sensor", filtered);
        Assert.DoesNotContain("Flood gauge", filtered);
        Assert.Contains("aria-current=\"true\"", filtered);
        Assert.Contains(">전체</a>", filtered);
    }

    private static async Task CreateAsync(HttpClient agency, string title, string domain, string maturity, int trl) =>
        (await agency.PostAsJsonAsync("/api/solutions", new SolutionRequest(
            new Dictionary<string, string> { ["en"] = title }, new Dictionary<string, string> { ["en"] = "For the facets test." },
            domain, new Provider("Gauge Co.", null, "taipei"), maturity, trl, [], null))).EnsureSuccessStatusCode();
}
