using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>The secretariat's panel: judges on the cycle, entries taken back, disclosed conflicts excluded.</summary>
[Collection(nameof(AwardsFederation))]
public sealed class PanelTests(AwardsFederation federation)
{
    [Fact]
    public async Task An_excluded_conflict_takes_the_judge_s_scores_out_of_the_ranking()
    {
        var (secretariat, cycleId, entry, judges) = await JudgingAsync("exclusion");
        await Arranged.SheetAsync(federation, cycleId, judges[0], entry, Arranged.All(9m));
        await Arranged.SheetAsync(federation, cycleId, judges[1], entry, Arranged.All(5m));
        await Arranged.ConflictAsync(federation, cycleId, judges[0], entry, ConflictKind.Apparent);
        var exclude = $"/api/awards/cycles/{cycleId}/assignments/{judges[0]}/conflicts/{entry}/exclude";

        await ExpectInvalid(await secretariat.PostAsJsonAsync(exclude, new ExcludeConflictRequest(true, null)), "reason");
        var progress = await secretariat.GetFromJsonAsync<ProgressView>($"/api/awards/cycles/{cycleId}/progress");
        var assignmentId = progress!.Judges.Single(j => j.JudgeId == judges[0]).AssignmentId;
        var ruled = await PostAsync<AssignmentResponse>(secretariat, $"/api/awards/assignments/{assignmentId}/entries/{entry}/exclusion",
            new ExcludeConflictRequest(true, "Advised the team last year"));

        Assert.True(ruled.Entries.Single().Conflict!.Excluded);
        var ranked = (await secretariat.GetFromJsonAsync<RankingResponse>($"/api/awards/cycles/{cycleId}/ranking"))!.Entries.Single();
        Assert.Equal((5m, 1, 1, 0), (ranked.Score!.Value, ranked.CountingSheets, ranked.Excluded, ranked.Recused));
    }

    [Fact]
    public async Task The_secretariat_sees_what_each_judge_disclosed_before_ruling_on_it()
    {
        var (secretariat, cycleId, entry, judges) = await JudgingAsync("disclosure");
        await Arranged.ConflictAsync(federation, cycleId, judges[0], entry, ConflictKind.Potential);

        var progress = await secretariat.GetFromJsonAsync<ProgressResponse>($"/api/awards/cycles/{cycleId}/progress");

        var disclosed = progress!.Judges.Single(j => j.JudgeId == judges[0]).Entries.Single().Conflict;
        Assert.Equal(("potential", "Former adviser to the team", false, false), (disclosed!.Kind, disclosed.Note, disclosed.Recused, disclosed.Excluded));
        Assert.Null(progress.Judges.Single(j => j.JudgeId == judges[1]).Entries.Single().Conflict);
    }

    [Fact]
    public async Task Entries_are_taken_back_from_a_judge_only_while_unscored()
    {
        var (secretariat, cycleId, entry, judges) = await JudgingAsync("unassign");
        var unassign = $"/api/awards/cycles/{cycleId}/assignments/{judges[1]}/unassign";
        await Arranged.SheetAsync(federation, cycleId, judges[0], entry, Arranged.All(8m));

        await Expect(await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycleId}/assignments/{judges[0]}/unassign", new UnassignEntriesRequest([entry])),
            HttpStatusCode.Conflict);
        var taken = await PostAsync<AssignmentResponse>(secretariat, unassign, new UnassignEntriesRequest([entry]));

        Assert.Empty(taken.Entries);
        Assert.Equal(2, taken.Version);
        var progress = await secretariat.GetFromJsonAsync<ProgressView>($"/api/awards/cycles/{cycleId}/progress");
        Assert.Equal((1, 1), (progress!.Sheets, progress.SheetsScored));
    }

    [Fact]
    public async Task The_secretariat_sees_the_judges_the_cities_enrolled()
    {
        var judge = await Arranged.JudgeAsync(federation, "new-taipei", "Prof. Wu");
        var secretariat = await federation.AwardsAs("secretariat@taipei");

        var judges = await secretariat.GetFromJsonAsync<List<JudgeResponse>>("/api/awards/secretariat/judges");

        Assert.Contains(judges!, j => (j.Id, j.City, j.DisplayName) == (judge, "new-taipei", "Prof. Wu"));
    }

    /// <summary>A cycle in judging with one seoul entry and two new-taipei judges on it.</summary>
    private async Task<(HttpClient Secretariat, Guid CycleId, Guid Entry, Guid[] Judges)> JudgingAsync(string name)
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call($"GO SMART Award ({name})"));
        var entry = await Arranged.EntryAsync(federation, cycle.Id, "seoul", Guid.NewGuid(), "Seoul bus stop");
        Guid[] judges = [await Arranged.JudgeAsync(federation, "new-taipei", "Prof. Lin"), await Arranged.JudgeAsync(federation, "new-taipei", "Prof. Chou")];
        var now = DateTimeOffset.UtcNow;
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule",
            new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) });
        foreach (var judge in judges)
            await PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments", new AssignJudgeRequest(judge, [entry]));
        return (secretariat, cycle.Id, entry, judges);
    }

    private sealed record ProgressView(Guid CycleId, string Status, int Sheets, int SheetsScored, List<JudgeView> Judges);

    private sealed record JudgeView(Guid AssignmentId, Guid JudgeId);
}
