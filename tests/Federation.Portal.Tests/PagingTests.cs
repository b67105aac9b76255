using System.Net.Http.Json;
using Federation.Contracts.Catalog;

namespace Federation.Portal.Tests;

[Collection(nameof(PortalNode))]
public sealed class PagingTests(PortalNode node)
{
    [Fact]
    public async Task A_long_list_shows_the_page_asked_for()
    {
        // "page" is also Razor Pages' own route value: a list that bound it from there would always show page 1.
        var word = $"pagetest{Guid.NewGuid():N}"[..16];
        using var catalog = await node.Host.ClientAsync("agency@taipei", "catalog");
        for (var i = 1; i <= 25; i++)
            (await catalog.PostAsJsonAsync("/api/solutions", new SolutionRequest(
                new Dictionary<string, string> { ["en"] = $"{word} listing {i:00}" }, new Dictionary<string, string> { ["en"] = "For the paging test." },
                "environment", new Provider("Lumen", null, "taipei"), "pilot", 5, [], null))).EnsureSuccessStatusCode();

        using var browser = node.Browser("en");
        var second = await browser.PageAsync($"/solutions?q={word}&page=2");
        var first = await browser.PageAsync($"/solutions?q={word}");
        Assert.Contains("aria-current=\"page\">Page 2 of", second);
        Assert.Contains("aria-current=\"page\">Page 1 of", first);
        Assert.NotEqual(Titles(first), Titles(second));
    }

    private static string Titles(string page) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(page, @"listing \d\d").Select(m => m.Value));
}
