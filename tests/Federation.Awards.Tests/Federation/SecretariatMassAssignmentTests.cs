using System.Text;
using static Federation.Awards.Tests.Federation.MassAssignmentTests;
using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// The secretariat's writes (cycle, schedule, assignment, ruling, shortlist, winners, publication) whose bodies
/// also carry what no body may set: ids, cities, statuses, versions, judges' declarations, ranking, times.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class SecretariatMassAssignmentTests(AwardsFederation federation)
{
    private static readonly Guid Chosen = Guid.Parse("66666666-7777-8888-9999-000000000000");
    private const string LongAgo = "2001-01-01T00:00:00Z";

    [Fact]
    public async Task A_cycle_body_cannot_choose_its_id_city_status_results_or_dates()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var now = DateTimeOffset.UtcNow;

        var cycle = await SendJsonAsync<CycleResponse>(secretariat, HttpMethod.Post, "/api/awards/cycles", $$"""
            {"year": {{now.Year}}, "name": "GO SMART Award (chosen fields)", "labels": ["Winner"], "finalists": 2, "winners": 1,
             "nominationOpens": "{{now.AddHours(-1):O}}", "nominationCloses": "{{now.AddHours(1):O}}",
             "judgingOpens": "{{now.AddHours(2):O}}", "judgingCloses": "{{now.AddHours(3):O}}",
             "id": "{{Chosen}}", "secretariatCity": "seoul", "heldAt": "seoul", "status": "published", "version": 42,
             "finalistCount": 9, "winnerCount": 9, "openedAt": "{{LongAgo}}", "publishedAt": "{{LongAgo}}", "announcement": "Forged"}
            """, System.Net.HttpStatusCode.Created);

        Assert.NotEqual(Chosen, cycle.Id);
        Assert.Equal(("taipei", "nominating", 2, 1, null), (cycle.SecretariatCity, cycle.Status, cycle.FinalistCount, cycle.WinnerCount, cycle.PublishedAt));
        Assert.Equal((0, 0), (cycle.Finalists.Count, cycle.Winners.Count));
        Recent(cycle.OpenedAt);
        Assert.False(await federation.WithAwardsDbAsync("taipei", db => db.Cycles.AnyAsync(c => c.Id == Chosen)));
    }

    [Fact]
    public async Task A_schedule_body_moves_the_windows_it_names_and_nothing_else()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (schedule fields)"));
        var closes = cycle.Judging.Closes.AddHours(1);

        var moved = await SendJsonAsync<CycleResponse>(secretariat, HttpMethod.Post, $"/api/awards/cycles/{cycle.Id}/schedule", $$"""
            {"judgingCloses": "{{closes:O}}", "nominationOpens": "{{LongAgo}}", "name": "Forged", "year": 2001, "labels": ["Forged"],
             "criteria": [{"key": "beauty", "name": "Beauty", "weight": 100}], "status": "published", "secretariatCity": "seoul",
             "finalists": [{"entryId": "{{Guid.NewGuid()}}"}], "winners": [{"label": "Winner", "entryId": "{{Guid.NewGuid()}}"}], "publishedAt": "{{LongAgo}}"}
            """);

        Assert.Equal(closes, moved.Judging.Closes);
        Assert.Equal((cycle.Name, cycle.Year, cycle.Nomination, cycle.Judging.Opens, "taipei", "nominating", null),
            (moved.Name, moved.Year, moved.Nomination, moved.Judging.Opens, moved.SecretariatCity, moved.Status, moved.PublishedAt));
        Assert.Equal(cycle.Labels, moved.Labels);
        Assert.Equal(cycle.Criteria, moved.Criteria);
        Assert.Equal((0, 0), (moved.Finalists.Count, moved.Winners.Count));
    }

    [Fact]
    public async Task An_assignment_body_cannot_choose_its_id_version_judge_criteria_window_or_entries()
    {
        var (secretariat, cycle, entries, judges) = await JudgingAsync("assignment fields");

        var assignment = await SendJsonAsync<AssignmentResponse>(secretariat, HttpMethod.Post, $"/api/awards/cycles/{cycle.Id}/assignments", $$"""
            {"judgeId": "{{judges[1]}}", "entryIds": ["{{entries[0]}}"], "id": "{{Chosen}}", "version": 42, "cycleId": "{{Guid.NewGuid()}}",
             "judgeCity": "taipei", "judgeName": "Forged", "secretariatCity": "seoul", "status": "published",
             "criteria": [{"key": "beauty", "name": "Beauty", "weight": 100}], "judging": {"opens": "{{LongAgo}}", "closes": "{{LongAgo}}"},
             "entries": [{"entry": {"entryId": "{{entries[1]}}", "city": "taipei"} }]}
            """);

        Assert.NotEqual(Chosen, assignment.Id);
        Assert.Equal((cycle.Id, 1L, "new-taipei", "Prof. Lin", "taipei", "judging"),
            (assignment.CycleId, assignment.Version, assignment.JudgeCity, assignment.JudgeName, assignment.SecretariatCity, assignment.Status));
        Assert.Equal(cycle.Criteria, assignment.Criteria);
        Assert.Equal(cycle.Judging, assignment.Judging);
        Assert.Equal([entries[0]], assignment.Entries.Select(e => e.Entry.EntryId));
        Assert.False(await federation.WithAwardsDbAsync("taipei", db => db.Assignments.AnyAsync(a => a.Id == Chosen)));
    }

    [Fact]
    public async Task A_ruling_body_cannot_rewrite_the_judge_s_declaration()
    {
        var (secretariat, cycle, entries, judges) = await JudgingAsync("ruling fields");
        await PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments", new AssignJudgeRequest(judges[1], [entries[0]]));
        await Arranged.ConflictAsync(federation, cycle.Id, judges[1], entries[0], ConflictKind.Apparent);

        var ruled = await SendJsonAsync<AssignmentResponse>(secretariat, HttpMethod.Post,
            $"/api/awards/cycles/{cycle.Id}/assignments/{judges[1]}/conflicts/{entries[0]}/exclude", $$"""
            {"exclude": true, "reason": "Advised the team last year", "kind": "real", "note": "Forged note", "recused": true,
             "declaredAt": "{{LongAgo}}", "entryId": "{{entries[1]}}", "judgeId": "{{judges[0]}}", "version": 42}
            """);

        var conflict = ruled.Entries.Single().Conflict!;
        Assert.Equal((entries[0], "apparent", "Former adviser to the team", false, true, "Advised the team last year"),
            (conflict.EntryId, conflict.Kind, conflict.Note, conflict.Recused, conflict.Excluded, conflict.ExclusionReason));
        Assert.Equal(1L, ruled.Version);
    }

    [Fact]
    public async Task Shortlist_winners_and_publication_bodies_cannot_choose_ranking_status_or_dates()
    {
        var (secretariat, cycle, entries, judges) = await JudgingAsync("finale fields");
        var (a, b) = (entries[0], entries[1]);
        await PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments", new AssignJudgeRequest(judges[0], [b]));
        await PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments", new AssignJudgeRequest(judges[1], [a]));
        await Arranged.SheetAsync(federation, cycle.Id, judges[1], a, Arranged.All(9m));
        await Arranged.SheetAsync(federation, cycle.Id, judges[0], b, Arranged.All(7m));
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule", new { judgingCloses = DateTimeOffset.UtcNow });
        var path = $"/api/awards/cycles/{cycle.Id}";

        var shortlisted = await SendJsonAsync<CycleResponse>(secretariat, HttpMethod.Post, $"{path}/shortlist", $$"""
            {"entryIds": ["{{a}}", "{{b}}"], "finalists": [{"entryId": "{{Guid.NewGuid()}}"}], "winners": [{"label": "Winner", "entryId": "{{b}}"}],
             "status": "published", "publishedAt": "{{LongAgo}}"}
            """);
        // b ranks second: calling it "following the ranking" does not spare the reason.
        var claimed = await secretariat.PostAsync($"{path}/winners", Json($$"""
            {"winners": [{"label": "Winner", "entryId": "{{b}}", "followsRanking": true}], "publishedAt": "{{LongAgo}}"}
            """));
        var chosen = await SendJsonAsync<CycleResponse>(secretariat, HttpMethod.Post, $"{path}/winners", $$"""
            {"winners": [{"label": "Winner", "entryId": "{{a}}", "followsRanking": false}], "status": "published"}
            """);
        var published = await SendJsonAsync<CycleResponse>(secretariat, HttpMethod.Post, $"{path}/publish", $$"""
            {"announcement": "Congratulations", "publishedAt": "{{LongAgo}}", "status": "nominating",
             "winners": [{"label": "Winner", "entryId": "{{b}}"}], "finalists": []}
            """);

        Assert.Equal([a, b], shortlisted.Finalists.Select(f => f.EntryId));
        Assert.Equal((0, "closed", null), (shortlisted.Winners.Count, shortlisted.Status, shortlisted.PublishedAt));
        await ExpectInvalid(claimed, "winners[0].reason");
        Assert.Equal((new AwardWinnerChoice("Winner", a, true, null), "closed", null), (Assert.Single(chosen.Winners), chosen.Status, chosen.PublishedAt));
        Assert.Equal(("published", a, 2), (published.Status, Assert.Single(published.Winners).EntryId, published.Finalists.Count));
        Recent(published.PublishedAt!.Value);
    }

    /// <summary>A cycle in judging with an entry of seoul and one of new-taipei, and a judge of each city enrolled.</summary>
    private async Task<(HttpClient Secretariat, CycleResponse Cycle, Guid[] Entries, Guid[] Judges)> JudgingAsync(string name)
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call($"GO SMART Award ({name})"));
        Guid[] entries = [await Arranged.EntryAsync(federation, cycle.Id, "seoul", Guid.NewGuid(), "Seoul bus stop"),
            await Arranged.EntryAsync(federation, cycle.Id, "new-taipei", Guid.NewGuid(), "Banqiao lamp")];
        Guid[] judges = [await Arranged.JudgeAsync(federation, "seoul", "Prof. Park"), await Arranged.JudgeAsync(federation, "new-taipei", "Prof. Lin")];
        var now = DateTimeOffset.UtcNow;
        var moved = await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule",
            new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) });
        return (secretariat, moved, entries, judges);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
