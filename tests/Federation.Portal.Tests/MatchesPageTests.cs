using System.Net.Http.Json;
using Federation.Contracts;
using Federation.Contracts.Catalog;

namespace Federation.Portal.Tests;

/// <summary>A challenge's page shows the solutions of the network that fit it, with the reasons, in the visitor's language.</summary>
[Collection(nameof(PortalNode))]
public sealed class MatchesPageTests(PortalNode node)
{
    [Fact]
    public async Task A_challenge_page_lists_the_solutions_that_fit_it_with_their_reasons_in_korean()
    {
        var agency = await node.Host.ClientAsync("agency@taipei", "catalog", PortalNode.City);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var solution = await CreateAsync<SolutionResponse>(agency, "/api/solutions", new SolutionRequest(
            new Dictionary<string, string> { ["en"] = $"Flood gauge {marker}" }, new Dictionary<string, string> { ["en"] = "Warns of rising rivers." },
            "environment", new Provider("Gauge Co.", null, "taipei"), "deployed", 8, ["water"], null));
        var challenge = await CreateAsync<ChallengeResponse>(agency, "/api/challenges", new ChallengeRequest(
            new Dictionary<string, string> { ["en"] = $"Flood gauges for riverside parks {marker}" }, new Dictionary<string, string> { ["en"] = "Early warning." },
            "environment", "Hydraulic Engineering Office", "Riverside park", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1), "open"));

        using var browser = node.Browser("ko");
        var page = await browser.PageAsync($"/challenges/taipei/{challenge.Id}");

        Assert.Contains("맞는 솔루션", page);
        Assert.Contains($"href=\"/solutions/taipei/{solution.Id}\"", page);
        Assert.Contains("같은 분야: 스마트 환경", page);
        Assert.Contains("공통 단어: ", page);
        Assert.Contains("실증 준비 완료: TRL 8", page);
    }

    private static async Task<T> CreateAsync<T>(HttpClient client, string path, object request)
    {
        var response = await client.PostAsJsonAsync(path, request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
