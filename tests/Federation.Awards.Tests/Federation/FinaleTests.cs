using Federation.Contracts.Catalog;
using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// The secretariat's end of a cycle on real brokers: judges assigned across cities, sheets held, the ranking
/// with its chart and CSV, the shortlist, winners and publication reaching every city and catalogue.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class FinaleTests(AwardsFederation federation)
{
    [Fact]
    public async Task A_cycle_is_ranked_decided_and_published_to_every_city_and_catalogue()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (finale)"));
        var seoulSolution = await federation.ListSolutionAsync("seoul", "Seoul bus stop");
        var newTaipeiSolution = await federation.ListSolutionAsync("new-taipei", "Banqiao lamp");
        var a = await Arranged.EntryAsync(federation, cycle.Id, "seoul", seoulSolution.Id, "Seoul bus stop");
        var b = await Arranged.EntryAsync(federation, cycle.Id, "new-taipei", newTaipeiSolution.Id, "Banqiao lamp");
        var seoulJudge = await Arranged.JudgeAsync(federation, "seoul", "Prof. Park");
        var newTaipeiJudge = await Arranged.JudgeAsync(federation, "new-taipei", "Prof. Lin");
        var now = DateTimeOffset.UtcNow;
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule",
            new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) });

        var entries = await secretariat.GetFromJsonAsync<List<EntryResponse>>($"/api/awards/cycles/{cycle.Id}/entries");
        Assert.Equal([a, b], entries!.Select(e => e.Id));
        // A judge never scores an entry from their own city.
        await ExpectInvalid(await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/assignments", new AssignJudgeRequest(seoulJudge, [a])), "entryIds");
        var park = await PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments", new AssignJudgeRequest(seoulJudge, [b]));
        var lin = await PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments", new AssignJudgeRequest(newTaipeiJudge, [a]));
        Assert.Equal((1, 1), (park.Entries.Count, lin.Entries.Count));
        await Arranged.SheetAsync(federation, cycle.Id, newTaipeiJudge, a, Arranged.All(9m, "Strong, \"clear\" impact"));
        await Arranged.SheetAsync(federation, cycle.Id, seoulJudge, b, Arranged.All(7m));

        var progress = await secretariat.GetFromJsonAsync<ProgressView>($"/api/awards/cycles/{cycle.Id}/progress");
        Assert.Equal((2, 2), (progress!.Sheets, progress.SheetsScored));
        var ranking = await secretariat.GetFromJsonAsync<RankingResponse>($"/api/awards/cycles/{cycle.Id}/ranking");
        Assert.Equal([(1, a, 9m), (2, b, 7m)], ranking!.Entries.Select(e => (e.Rank, e.EntryId, e.Score!.Value)));

        var chart = await secretariat.GetAsync($"/api/awards/cycles/{cycle.Id}/ranking/chart");
        await Expect(chart, HttpStatusCode.OK);
        Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType?.MediaType);
        var svg = await chart.Content.ReadAsStringAsync();
        Assert.Contains("<title id=\"title\">GO SMART Award (finale): ranking</title>", svg);
        Assert.Contains("1. Seoul bus stop (seoul)", svg);

        var csv = await secretariat.GetAsync($"/api/awards/cycles/{cycle.Id}/scores.csv");
        await Expect(csv, HttpStatusCode.OK);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Length);
        Assert.Contains(lines, l => l.Contains($"{a},seoul,Seoul bus stop,cross-domain,30,9,\"Strong, \"\"clear\"\" impact\",1,"));

        // Judging has not closed: no shortlist yet.
        await Expect(await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/shortlist", new ShortlistRequest([a, b])), HttpStatusCode.Conflict);
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule", new { judgingCloses = DateTimeOffset.UtcNow });
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/shortlist", new ShortlistRequest([a, b]));
        var departing = new ChooseWinnersRequest([new WinnerChoiceRequest("Winner", b, null)]);
        await ExpectInvalid(await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/winners", departing), "winners[0].reason");
        var chosen = await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/winners",
            new ChooseWinnersRequest([new WinnerChoiceRequest("Winner", b, "Its pilot scaled to three districts")]));
        Assert.Equal(new AwardWinnerChoice("Winner", b, false, "Its pilot scaled to three districts"), Assert.Single(chosen.Winners));
        await Expect(await (await federation.AwardsAs("agency@taipei")).PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/publish", new PublishRequest(null)),
            HttpStatusCode.Forbidden);
        var published = await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/publish", new PublishRequest("Congratulations"));
        Assert.Equal("published", published.Status);

        foreach (var city in AwardsFederation.Cities)
        {
            var results = await Eventually.Value(() => ResultsAsync(federation.Anonymous(city), cycle.Id), r => r is not null, Propagation,
                $"{city} to show the results");
            Assert.Equal((b, "Winner", "Congratulations"), (results!.Winners.Single().EntryId, results.Winners.Single().Label, results.Announcement));
            Assert.Equal([a, b], results.Finalists.Select(f => f.EntryId));
            var listed = await federation.Anonymous(city).GetFromJsonAsync<List<ResultsResponse>>("/api/awards/results");
            Assert.Contains(listed!, r => r.CycleId == cycle.Id);
            var award = await Eventually.Value(async () => (await federation.AnonymousCatalog(city)
                    .GetFromJsonAsync<SolutionResponse>($"/api/solutions/{newTaipeiSolution.Id}?city=new-taipei"))!.Awards.FirstOrDefault(w => w.CycleId == cycle.Id),
                w => w is not null, Propagation, $"{city}'s catalogue to show the award");
            Assert.Equal(("Winner", SolutionAward.Winner), (award!.Label, award.Standing));
        }
        await Expect(await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/schedule", new { judgingCloses = DateTimeOffset.UtcNow.AddDays(1) }),
            HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_secretariat_s_desk_is_closed_to_everyone_else()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (desk)"));
        var agency = await federation.AwardsAs("agency@taipei");
        var judge = await federation.AwardsAs("judge@taipei");

        foreach (var path in new[] { "entries", "progress", "ranking", "ranking/chart", "scores.csv" })
        {
            await Expect(await agency.GetAsync($"/api/awards/cycles/{cycle.Id}/{path}"), HttpStatusCode.Forbidden);
            await Expect(await judge.GetAsync($"/api/awards/cycles/{cycle.Id}/{path}"), HttpStatusCode.Forbidden);
        }
        await Expect(await agency.GetAsync("/api/awards/secretariat/judges"), HttpStatusCode.Forbidden);
        await Expect(await federation.Anonymous("taipei").GetAsync($"/api/awards/cycles/{cycle.Id}/ranking"), HttpStatusCode.Unauthorized);
        await Expect(await federation.Anonymous("seoul").GetAsync($"/api/awards/cycles/{cycle.Id}/results"), HttpStatusCode.NotFound);
    }

    private static async Task<ResultsResponse?> ResultsAsync(HttpClient client, Guid cycleId)
    {
        var response = await client.GetAsync($"/api/awards/cycles/{cycleId}/results");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ResultsResponse>() : null;
    }

    private sealed record ProgressView(Guid CycleId, string Status, int Sheets, int SheetsScored);
}
