using Federation.Awards.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Federation.Contracts.Notifications;
using Federation.Contracts.Catalog;
using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// One award cycle from the call to the published results, through the HTTP endpoints alone: taipei's
/// secretariat runs it, seoul and new-taipei nominate, every city's judge scores only other cities' entries.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class AwardJourneyTests(AwardsFederation federation) : AwardJourneyTests<AwardsFederation>(federation);

/// <summary>The same cycle with every service of the three cities on PostgreSQL.</summary>
[Collection(nameof(AwardsFederationOnPostgres))]
public sealed class AwardJourneyTestsOnPostgres(AwardsFederationOnPostgres federation) : AwardJourneyTests<AwardsFederationOnPostgres>(federation);

public abstract class AwardJourneyTests<TFederation>(TFederation federation) where TFederation : AwardsFederation
{
    [Fact]
    public async Task A_cycle_opened_in_taipei_is_judged_across_three_cities_and_its_results_show_everywhere()
    {
        // 1. The call, held by every city.
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call($"Journey {Guid.NewGuid():N}"[..20]));
        Assert.Equal("nominating", cycle.Status);
        foreach (var city in AwardsFederation.Cities)
            await EventuallyAsync(federation.Anonymous(city), cycle.Id, _ => true, $"{city} to hold the call");

        // 2. Seoul and new-taipei nominate a listing of their own.
        var seoulListing = await federation.ListSolutionAsync("seoul", "Seoul bus stop");
        var newTaipeiListing = await federation.ListSolutionAsync("new-taipei", "Banqiao lamp");
        var seoulEntry = await NominateAsync("seoul", cycle.Id, seoulListing.Id, "Cut waiting by a fifth");
        var newTaipeiEntry = await NominateAsync("new-taipei", cycle.Id, newTaipeiListing.Id, "Lamps that dim themselves");
        Assert.Equal(("nominated", "seoul"), (seoulEntry.Status, seoulEntry.City));
        Assert.Equal(("nominated", "new-taipei"), (newTaipeiEntry.Status, newTaipeiEntry.City));
        var (s, n) = (seoulEntry.Id, newTaipeiEntry.Id);

        // 3. Each city enrols its judge; the secretariat hears them all, and both entries.
        var judges = new Dictionary<string, JudgeResponse>();
        foreach (var city in AwardsFederation.Cities) judges[city] = await EnrolAsync(city);
        var panel = await Eventually.Value(async () => (await secretariat.GetFromJsonAsync<List<JudgeResponse>>("/api/awards/secretariat/judges"))!,
            list => judges.Values.All(j => list.Any(l => l.Id == j.Id)), Propagation, "the secretariat to see the three judges");
        Assert.Equal(["judge@new-taipei", "judge@seoul", "judge@taipei"],
            panel.Where(j => judges.Values.Any(e => e.Id == j.Id)).Select(j => j.UserName).Order());
        await Eventually.Value(async () => (await secretariat.GetFromJsonAsync<List<EntryResponse>>($"/api/awards/cycles/{cycle.Id}/entries"))!,
            list => list.Select(e => e.Id).Order().SequenceEqual(new[] { s, n }.Order()), Propagation, "the secretariat to hold both entries");

        // 4. Nominations close, judging opens; every judge gets only other cities' entries.
        var now = DateTimeOffset.UtcNow;
        var judging = await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule",
            new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) });
        Assert.Equal("judging", judging.Status);
        var plan = new Dictionary<string, Guid[]> { ["taipei"] = [s, n], ["seoul"] = [n], ["new-taipei"] = [s] };
        var assignments = new Dictionary<string, Guid>();
        foreach (var (city, entries) in plan)
            assignments[city] = (await PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments",
                new AssignJudgeRequest(judges[city].Id, entries))).Id;
        foreach (var (city, entries) in plan)
        {
            var mine = await MineAsync(city, cycle.Id, a => a.Entries.Count == entries.Length);
            Assert.Equal((assignments[city], judges[city].Id), (mine.Id, mine.JudgeId));
            Assert.Equal(entries.Order(), mine.Entries.Select(e => e.Entry.EntryId).Order());
            Assert.DoesNotContain(mine.Entries, e => e.Entry.City == city);
        }

        // Judging closes within the hour with every entry unscored: seoul's judge is reminded in their own city.
        await federation.Awards("seoul").Services.GetRequiredService<JudgingReminders>().RemindAsync(CancellationToken.None);
        await ToldAsync("judge@seoul", NotificationKinds.JudgingClosing, cycle.Name);

        // 5. Every judge scores on their own node; seoul's judge discloses an apparent conflict, which keeps counting.
        await ScoreAsync("taipei", assignments["taipei"], s, 8m);
        await ScoreAsync("taipei", assignments["taipei"], n, 6m);
        await ScoreAsync("seoul", assignments["seoul"], n, 7m);
        await ScoreAsync("new-taipei", assignments["new-taipei"], s, 9m);
        await Expect(await (await federation.AwardsAs("judge@seoul")).PostAsJsonAsync(
            $"/api/awards/assignments/{assignments["seoul"]}/entries/{n}/conflict", new DeclareConflictRequest("apparent", "Met the team at a fair")), HttpStatusCode.OK);

        var progress = await Eventually.Value(async () => (await secretariat.GetFromJsonAsync<ProgressView>($"/api/awards/cycles/{cycle.Id}/progress"))!,
            p => p.SheetsScored == 4, Propagation, "the secretariat to hear the four sheets");
        Assert.Equal(("judging", 4, 4), (progress.Status, progress.Sheets, progress.SheetsScored));
        // Ruling that the disclosed conflict keeps counting answers once the secretariat has heard it.
        var ruled = await Eventually.Value(async () =>
            {
                var answer = await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/assignments/{judges["seoul"].Id}/conflicts/{n}/exclude",
                    new ExcludeConflictRequest(false, null));
                return answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<AssignmentResponse>() : null;
            }, a => a is not null, Propagation, "the secretariat to hear seoul's judge's conflict");
        var disclosed = ruled!.Entries.Single(e => e.Entry.EntryId == n);
        Assert.Equal(("apparent", false, false, true), (disclosed.Conflict!.Kind, disclosed.Conflict.Recused, disclosed.Conflict.Excluded, disclosed.Sheet!.Counts));
        var ranking = (await secretariat.GetFromJsonAsync<RankingResponse>($"/api/awards/cycles/{cycle.Id}/ranking"))!;
        Assert.Equal([(1, s, 8.5m, 2, 0, 0), (2, n, 6.5m, 2, 0, 0)],
            ranking.Entries.Select(e => (e.Rank, e.EntryId, e.Score!.Value, e.CountingSheets, e.Recused, e.Excluded)));

        // 6. Judging closes; the ranking is followed and published.
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule", new { judgingCloses = DateTimeOffset.UtcNow });
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/shortlist", new ShortlistRequest([s, n]));
        var chosen = await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/winners",
            new ChooseWinnersRequest([new WinnerChoiceRequest("Winner", s, null)]));
        Assert.Equal(new AwardWinnerChoice("Winner", s, true, null), Assert.Single(chosen.Winners));
        var published = await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/publish", new PublishRequest("Congratulations, Seoul"));
        Assert.Equal("published", published.Status);

        // 7. Every city shows the results, and every catalogue the award on the solutions.
        foreach (var city in AwardsFederation.Cities)
        {
            var anonymous = federation.Anonymous(city);
            var results = await Eventually.Value(() => ResultsAsync(anonymous, cycle.Id), r => r is not null, Propagation, $"{city} to show the results");
            var winner = Assert.Single(results!.Winners);
            Assert.Equal(("Winner", s, seoulListing.Id, "seoul", "Seoul bus stop"), (winner.Label, winner.EntryId, winner.SolutionId, winner.City, winner.SolutionTitle["en"]));
            Assert.Equal([(s, "seoul"), (n, "new-taipei")], results.Finalists.Select(f => (f.EntryId, f.City)));
            Assert.Equal(("taipei", "Congratulations, Seoul"), (results.SecretariatCity, results.Announcement));
            Assert.Contains((await anonymous.GetFromJsonAsync<List<ResultsResponse>>("/api/awards/results"))!, r => r.CycleId == cycle.Id);
            var page = await anonymous.GetStringAsync($"/api/awards/cycles/{cycle.Id}/results/page");
            Assert.Contains("<strong>Winner</strong>: <span lang=\"en\">Seoul bus stop</span>", page);

            var won = await AwardOnAsync(city, seoulListing.Id, "seoul", cycle.Id);
            Assert.Equal(("Winner", SolutionAward.Winner), (won.Label, won.Standing));
            var shortlisted = await AwardOnAsync(city, newTaipeiListing.Id, "new-taipei", cycle.Id);
            Assert.Equal((null, SolutionAward.Finalist), (shortlisted.Label, shortlisted.Standing));
        }

        // 8. Seoul's people are told through seoul's identity service: its judge of the assignment, its agencies of the results;
        // taipei's agencies too, in the secretariat's city where they were published.
        await ToldAsync("judge@seoul", NotificationKinds.JudgeAssigned, cycle.Name);
        await ToldAsync("agency@seoul", NotificationKinds.ResultsPublished, cycle.Name);
        await ToldAsync("agency@taipei", NotificationKinds.ResultsPublished, cycle.Name);
    }

    /// <summary>Waits until <paramref name="user"/> has a notification of <paramref name="kind"/> naming <paramref name="words"/>.</summary>
    private async Task ToldAsync(string user, string kind, string words)
    {
        var identity = await federation.Host.ClientAsync(user, "identity");
        await Eventually.Value(() => identity.GetFromJsonAsync<NotificationList>("/api/notifications?language=en&pageSize=100")!,
            l => l!.Items.Any(n => n.Kind == kind && n.Body.Contains(words)), Propagation, $"{user} to be told: {kind}");
    }

    private async Task<EntryResponse> NominateAsync(string city, Guid cycleId, Guid solutionId, string statement)
    {
        var answer = await (await federation.AwardsAs($"agency@{city}")).PostAsJsonAsync("/api/awards/entries",
            new NominateRequest(cycleId, solutionId, [], statement));
        await Expect(answer, HttpStatusCode.Created);
        return (await answer.Content.ReadFromJsonAsync<EntryResponse>())!;
    }

    /// <summary>The city's agency enrols judge@{city}; a judge enrolled before (judges outlive cycles) is reused.</summary>
    private async Task<JudgeResponse> EnrolAsync(string city)
    {
        var agency = await federation.AwardsAs($"agency@{city}");
        var answer = await agency.PostAsJsonAsync("/api/awards/judges", new EnrolJudgeRequest($"judge@{city}", $"Judge of {city}", ["mobility"]));
        if (answer.StatusCode == HttpStatusCode.Conflict)
            return (await agency.GetFromJsonAsync<List<JudgeResponse>>("/api/awards/judges"))!.Single(j => j.UserName == $"judge@{city}");
        await Expect(answer, HttpStatusCode.Created);
        var judge = (await answer.Content.ReadFromJsonAsync<JudgeResponse>())!;
        Assert.Equal((city, $"judge@{city}"), (judge.City, judge.UserName));
        return judge;
    }

    /// <summary>judge@{city}'s assignment in the cycle, as their own city's node shows it.</summary>
    private async Task<AssignmentResponse> MineAsync(string city, Guid cycleId, Func<AssignmentResponse, bool> done)
    {
        var judge = await federation.AwardsAs($"judge@{city}");
        var mine = await Eventually.Value(async () => (await judge.GetFromJsonAsync<List<AssignmentResponse>>("/api/awards/assignments/mine"))!,
            list => list.Any(a => a.CycleId == cycleId && done(a)), Propagation, $"judge@{city} to see the assignment");
        return mine.Single(a => a.CycleId == cycleId);
    }

    /// <summary>judge@{city} gives the entry <paramref name="value"/> on every criterion.</summary>
    private async Task ScoreAsync(string city, Guid assignmentId, Guid entryId, decimal value)
    {
        var judge = await federation.AwardsAs($"judge@{city}");
        var scores = AwardVocabulary.DefaultCriteria.Select(c => new ScoreItemRequest(c.Key, value, null)).ToList();
        await Expect(await judge.PutAsJsonAsync($"/api/awards/assignments/{assignmentId}/entries/{entryId}/scores", new ScoreRequest(scores)), HttpStatusCode.OK);
    }

    private async Task<SolutionAward> AwardOnAsync(string city, Guid solutionId, string owner, Guid cycleId)
    {
        var award = await Eventually.Value(async () => (await federation.AnonymousCatalog(city)
                .GetFromJsonAsync<SolutionResponse>($"/api/solutions/{solutionId}?city={owner}"))!.Awards.FirstOrDefault(w => w.CycleId == cycleId),
            w => w is not null, Propagation, $"{city}'s catalogue to show the award on {owner}'s solution");
        return award!;
    }

    private static async Task<ResultsResponse?> ResultsAsync(HttpClient client, Guid cycleId)
    {
        var response = await client.GetAsync($"/api/awards/cycles/{cycleId}/results");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ResultsResponse>() : null;
    }

    private sealed record ProgressView(Guid CycleId, string Status, int Sheets, int SheetsScored);
}
