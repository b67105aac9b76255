using System.Net.Http.Json;
using Federation.Contracts.Awards;
using Federation.Contracts.Catalog;

namespace Federation.Portal.Tests;

/// <summary>A published cycle's name, labels and announcement shown in the visitor's language, English otherwise.</summary>
[Collection(nameof(PortalNode))]
public sealed class AwardResultsPageTests(PortalNode node)
{
    [Fact]
    public async Task A_results_page_shows_the_korean_label_and_cycle_name_to_a_korean_visitor_and_english_to_an_english_one()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var (cycleId, _) = await PublishedCycleAsync(marker);

        using var korean = node.Browser("ko");
        var page = await korean.PageAsync($"/awards/results/{cycleId}");
        Assert.Contains($"<h1>스마트 어워드 {marker} (", page);
        Assert.Contains("<span class=\"badge award\">대상</span>", page);
        Assert.Contains("<p>축하합니다</p>", page);

        using var english = node.Browser("en");
        page = await english.PageAsync($"/awards/results/{cycleId}");
        Assert.Contains($"<h1>Smart Award {marker} (", page);
        Assert.Contains("<span class=\"badge award\">Winner</span>", page);
        Assert.Contains("<p>Congratulations</p>", page);

        // Chinese was given for the name only: the label falls back to English, marked as English.
        using var chinese = node.Browser("zh-TW");
        page = await chinese.PageAsync($"/awards/results/{cycleId}");
        Assert.Contains($"<h1>智慧獎 {marker} (", page);
        Assert.Contains("<span class=\"badge award\"><span lang=\"en\">Winner</span></span>", page);
    }

    [Fact]
    public async Task A_winning_listing_shows_its_award_badge_in_the_visitor_language()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var (_, solutionId) = await PublishedCycleAsync(marker);
        using var korean = node.Browser("ko");

        // The catalogue hears the results from the broker; the badge's words come from the awards service.
        var page = await Eventually.Value(async () => await (await korean.GetAsync($"/solutions/taipei/{solutionId}")).Content.ReadAsStringAsync(),
            p => p.Contains("badge award"), TimeSpan.FromSeconds(30), "the listing to show its award");

        Assert.Contains($"<span class=\"badge award\">대상, 스마트 어워드 {marker}</span>", page);
    }

    // Through the services' own API, as the secretariat and an agency of taipei (the secretariat's city) would.
    private async Task<(Guid Cycle, Guid Solution)> PublishedCycleAsync(string marker)
    {
        var secretariat = await node.Host.ClientAsync("secretariat@taipei", "awards", PortalNode.City);
        var agency = await node.Host.ClientAsync("agency@taipei", "awards", PortalNode.City);
        var listings = await node.Host.ClientAsync("agency@taipei", "catalog", PortalNode.City);
        var now = DateTimeOffset.UtcNow;
        var cycle = await PostAsync<CycleResponse>(secretariat, "/api/awards/cycles", new OpenCycleRequest(now.Year, $"Smart Award {marker}", ["Winner"], null,
            now.AddHours(-1), now.AddHours(1), now.AddHours(2), now.AddHours(3), 1, 1, null, null, null)
        {
            NameTranslations = new Dictionary<string, string> { ["ko"] = $"스마트 어워드 {marker}", ["zh-TW"] = $"智慧獎 {marker}" },
            LabelNames = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["Winner"] = new Dictionary<string, string> { ["ko"] = "대상" } },
        });
        var solution = await PostAsync<SolutionResponse>(listings, "/api/solutions", new SolutionRequest(
            new Dictionary<string, string> { ["en"] = $"Bus stop {marker}" }, new Dictionary<string, string> { ["en"] = "Shows arrivals." },
            "transportation", new Provider("Stop Co.", null, "taipei"), "deployed", 8, [], null));
        var entry = await PostAsync<EntryResponse>(agency, "/api/awards/entries", new NominateRequest(cycle.Id, solution.Id, [], "Cut waiting"));
        var path = $"/api/awards/cycles/{cycle.Id}";
        await PostAsync<CycleResponse>(secretariat, $"{path}/schedule", new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) });
        await PostAsync<CycleResponse>(secretariat, $"{path}/schedule", new { judgingCloses = DateTimeOffset.UtcNow });
        await PostAsync<CycleResponse>(secretariat, $"{path}/shortlist", new ShortlistRequest([entry.Id]));
        await PostAsync<CycleResponse>(secretariat, $"{path}/winners", new ChooseWinnersRequest([new WinnerChoiceRequest("Winner", entry.Id, null)]));
        await PostAsync<CycleResponse>(secretariat, $"{path}/publish", new PublishRequest("Congratulations")
        {
            AnnouncementTranslations = new Dictionary<string, string> { ["ko"] = "축하합니다" },
        });
        return (cycle.Id, solution.Id);
    }

    private static async Task<T> PostAsync<T>(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
