using Federation.Contracts.Awards;
using AssignedEntry = Federation.Contracts.Awards.AssignedEntry;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// A judge scores, on their own city's node, what taipei's secretariat assigned them (sent here as taipei
/// would, signed with its key): within the window, every change audited, never an entry of their own city.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class JudgingTests(AwardsFederation federation)
{
    private const string CopyErrors = "awards-assignment_error";

    [Fact]
    public async Task A_judge_sees_the_assignment_and_never_an_entry_of_their_own_city()
    {
        var (judge, assigned) = await federation.AssignedJudgeAsync("seoul");

        var mine = (await judge.GetFromJsonAsync<List<AssignmentResponse>>("/api/awards/assignments/mine"))!;

        var assignment = Assert.Single(mine, a => a.Id == assigned.AssignmentId);
        Assert.Equal(("judging", "taipei", 1L), (assignment.Status, assignment.SecretariatCity, assignment.Version));
        Assert.Equal(assigned.Entries.Select(e => e.EntryId), assignment.Entries.Select(e => e.Entry.EntryId));
        Assert.DoesNotContain(assignment.Entries, e => e.Entry.City == "seoul");
        Assert.Equal(AwardVocabulary.DefaultCriteria.Select(c => c.Key), assignment.Criteria.Select(c => c.Key));
    }

    [Fact]
    public async Task A_judge_scores_and_changes_a_score_and_every_change_is_audited()
    {
        var (judge, assigned) = await federation.AssignedJudgeAsync("seoul");
        var path = $"/api/awards/assignments/{assigned.AssignmentId}/entries/{assigned.Entries[0].EntryId}/scores";

        var first = await judge.PutAsJsonAsync(path, new ScoreRequest([new("impact", 7m, null), new("innovation", 6.5m, "Clever")]));
        var changed = await judge.PostAsJsonAsync(path, new ScoreRequest([new("impact", 8m, "Measured well")]));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var sheet = (await changed.Content.ReadFromJsonAsync<AssignmentResponse>())!.Entries[0].Sheet!;
        Assert.Equal(2, sheet.Sequence);
        Assert.Equal([("impact", 8m), ("innovation", 6.5m)], sheet.Scores.Select(s => (s.Criterion, s.Value)).OrderBy(s => s.Criterion));
        var history = await federation.WithAwardsDbAsync("seoul", db => db.Assignments.AsNoTracking()
            .Where(a => a.Id == assigned.AssignmentId).Select(a => a.History).SingleAsync());
        Assert.Equal([("impact", null, 7m, 1), ("innovation", null, 6.5m, 1), ("impact", 7m, 8m, 2)],
            history.Select(h => (h.CriterionKey, h.Old, h.New, h.Sequence)));
    }

    [Fact]
    public async Task Scores_off_the_scale_or_on_unknown_criteria_are_refused_naming_the_field()
    {
        var (judge, assigned) = await federation.AssignedJudgeAsync("seoul");
        var path = $"/api/awards/assignments/{assigned.AssignmentId}/entries/{assigned.Entries[0].EntryId}/scores";

        var high = await judge.PutAsJsonAsync(path, new ScoreRequest([new("impact", 11m, null)]));
        var unknown = await judge.PutAsJsonAsync(path, new ScoreRequest([new("beauty", 5m, null)]));
        var none = await judge.PutAsJsonAsync(path, new ScoreRequest([]));

        Assert.Equal(HttpStatusCode.BadRequest, high.StatusCode);
        Assert.True((await high.JsonAsync()).GetProperty("errors").TryGetProperty("scores[0].value", out _));
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("scores[0].criterion", out _));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
    }

    [Fact]
    public async Task Scores_after_the_judging_window_closed_are_refused()
    {
        var (judge, assigned) = await federation.AssignedJudgeAsync("seoul");
        var now = DateTimeOffset.UtcNow;
        var closed = assigned with { Judging = new AwardWindow(now.AddDays(-2), now.AddMinutes(-1)), Version = 2, AssignedAt = now };
        await federation.SendSignedAsync("taipei", closed, to: "seoul");
        await Eventually.Async(() => federation.WithAwardsDbAsync("seoul", db => db.Assignments.AnyAsync(a => a.Id == assigned.AssignmentId && a.Version == 2)),
            CityArrangements.Travel, "seoul to hear the new window");

        var late = await judge.PutAsJsonAsync($"/api/awards/assignments/{assigned.AssignmentId}/entries/{assigned.Entries[0].EntryId}/scores",
            new ScoreRequest([new("impact", 7m, null)]));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task A_judge_declares_a_conflict_and_is_recused_from_scoring_on_a_real_one()
    {
        var (judge, assigned) = await federation.AssignedJudgeAsync("seoul");
        var entry = assigned.Entries[0].EntryId;

        var declared = await judge.PostAsJsonAsync($"/api/awards/assignments/{assigned.AssignmentId}/entries/{entry}/conflict",
            new DeclareConflictRequest("real", "I advised the team"));
        var score = await judge.PutAsJsonAsync($"/api/awards/assignments/{assigned.AssignmentId}/entries/{entry}/scores",
            new ScoreRequest([new("impact", 7m, null)]));
        var badKind = await judge.PostAsJsonAsync($"/api/awards/assignments/{assigned.AssignmentId}/entries/{assigned.Entries[1].EntryId}/conflict",
            new DeclareConflictRequest("friendly", "?"));

        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        var conflict = (await declared.Content.ReadFromJsonAsync<AssignmentResponse>())!.Entries.Single(e => e.Entry.EntryId == entry).Conflict!;
        Assert.Equal(("real", true), (conflict.Kind, conflict.Recused));
        Assert.Equal(HttpStatusCode.Forbidden, score.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
    }

    [Fact]
    public async Task Only_the_assigned_judge_on_their_own_city_s_node_takes_the_judge_s_steps()
    {
        var (_, assigned) = await federation.AssignedJudgeAsync("seoul");
        var path = $"/api/awards/assignments/{assigned.AssignmentId}/entries/{assigned.Entries[0].EntryId}/scores";
        var request = new ScoreRequest([new("impact", 7m, null)]);

        var otherJudge = await (await federation.AwardsAs("judge@seoul")).PutAsJsonAsync(path, request);
        var agency = await (await federation.AwardsAs("agency@seoul")).PutAsJsonAsync(path, request);
        var otherCity = await (await federation.AwardsAt("seoul", "judge@taipei")).PutAsJsonAsync(path, request);
        var elsewhere = await (await federation.AwardsAs("judge@new-taipei")).PutAsJsonAsync(path, request);

        Assert.Equal(HttpStatusCode.Forbidden, otherJudge.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agency.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherCity.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task The_highest_version_of_an_assignment_wins_whatever_the_order_it_arrives_in()
    {
        var (judge, assigned) = await federation.AssignedJudgeAsync("seoul");
        var narrowed = assigned with { Entries = [assigned.Entries[0]], Version = 3, AssignedAt = DateTimeOffset.UtcNow };
        await federation.SendSignedAsync("taipei", narrowed, to: "seoul");
        await Eventually.Async(() => federation.WithAwardsDbAsync("seoul", db => db.Assignments.AnyAsync(a => a.Id == assigned.AssignmentId && a.Version == 3)),
            CityArrangements.Travel, "seoul to hear version 3");

        var late = await federation.SendSignedAsync("taipei", assigned with { Version = 2 }, to: "seoul");
        var again = await federation.SendSignedAsync("taipei", narrowed, to: "seoul");
        await Eventually.Value(() => federation.WithAwardsDbAsync("seoul", db => db.ProcessedMessages.CountAsync(m => m.MessageId == late || m.MessageId == again)),
            n => n == 2, CityArrangements.Travel, "seoul to consume the late and the repeated assignment");

        var mine = (await judge.GetFromJsonAsync<List<AssignmentResponse>>("/api/awards/assignments/mine"))!.Single(a => a.Id == assigned.AssignmentId);
        Assert.Equal((3L, 1), (mine.Version, mine.Entries.Count));
    }

    [Fact]
    public async Task An_assignment_from_a_city_that_is_not_the_secretariat_is_rejected()
    {
        var user = await federation.JudgeUserAsync("seoul");
        var forged = CityArrangements.Assignment(user, "seoul");

        var messageId = await federation.SendSignedAsync("new-taipei", forged, to: "seoul");

        await RejectedAsync(messageId, "new-taipei");
        Assert.False(await federation.WithAwardsDbAsync("seoul", db => db.Assignments.AnyAsync(a => a.Id == forged.AssignmentId)));
    }

    [Fact]
    public async Task An_assignment_holding_an_entry_of_the_judge_s_own_city_is_rejected()
    {
        var user = await federation.JudgeUserAsync("seoul");
        var assigned = CityArrangements.Assignment(user, "seoul");
        var ownEntry = new AssignedEntry(Guid.NewGuid(), Guid.NewGuid(), "seoul", new Dictionary<string, string> { ["en"] = "Our own" },
            new Dictionary<string, string> { ["en"] = "Home grown" }, "Ours", []);
        var forged = assigned with { Entries = [.. assigned.Entries, ownEntry] };

        var messageId = await federation.SendSignedAsync("taipei", forged, to: "seoul");

        await RejectedAsync(messageId, "seoul");
        Assert.False(await federation.WithAwardsDbAsync("seoul", db => db.Assignments.AnyAsync(a => a.Id == forged.AssignmentId)));
    }

    private async Task RejectedAsync(Guid messageId, string reasonMentions)
    {
        var rejected = await Eventually.Value(
            async () => (await federation.Brokers.Broker("seoul").Management.PeekMessagesAsync(CopyErrors, 500)).FirstOrDefault(m => m.MessageId == messageId.ToString()),
            m => m is not null, CityArrangements.Travel, "the assignment in seoul's error queue");
        Assert.Contains(reasonMentions, rejected!.Headers.GetValueOrDefault("MT-Fault-Message", ""));
    }
}
