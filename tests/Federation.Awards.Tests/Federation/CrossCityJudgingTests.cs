using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// The whole judging path across cities: an entry of new-taipei, a judge of seoul, both heard by taipei's
/// secretariat, which assigns; the judge's score and conflict travel back to taipei.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class CrossCityJudgingTests(AwardsFederation federation)
{
    [Fact]
    public async Task A_seoul_judge_scores_a_new_taipei_entry_and_taipei_s_secretariat_hears_the_score_and_the_conflict()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await AwardsApi.OpenAsync(secretariat, AwardsApi.Call($"Judging {Guid.NewGuid():N}"[..20]));
        await AwardsApi.EventuallyAsync(federation.Anonymous("new-taipei"), cycle.Id, _ => true, "new-taipei to hold the cycle");
        var entry = await CityArrangements.PostOkAsync<EntryResponse>(await federation.AwardsAs("agency@new-taipei"), "/api/awards/entries",
            new NominateRequest(cycle.Id, (await federation.ListSolutionAsync("new-taipei")).Id, [], "Lamps that dim themselves"));
        var user = await federation.JudgeUserAsync("seoul");
        var judge = await CityArrangements.PostOkAsync<JudgeResponse>(await federation.AwardsAs("agency@seoul"), "/api/awards/judges",
            new EnrolJudgeRequest(user.UserName, "Dr. Park", null));
        await Eventually.Async(() => federation.WithAwardsDbAsync("taipei", async db =>
                await db.Entries.AnyAsync(e => e.Id == entry.Id) && await db.Judges.AnyAsync(j => j.Id == judge.Id)),
            CityArrangements.Travel, "taipei to hold the entry and the judge");
        var now = DateTimeOffset.UtcNow;
        await AwardsApi.Expect(await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/schedule",
            new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) }), HttpStatusCode.OK);
        var assigned = await AwardsApi.PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments",
            new AssignJudgeRequest(judge.Id, [entry.Id]));

        var seoulJudge = await federation.AwardsAsUserAsync(user.UserName);
        var mine = await Eventually.Value(async () => (await seoulJudge.GetFromJsonAsync<List<AssignmentResponse>>("/api/awards/assignments/mine"))!,
            list => list.Any(a => a.Id == assigned.Id && a.Entries.Count == 1), CityArrangements.Travel, "seoul's judge to see the assignment");
        Assert.Equal("new-taipei", mine.Single(a => a.Id == assigned.Id).Entries[0].Entry.City);
        var scores = $"/api/awards/assignments/{assigned.Id}/entries/{entry.Id}/scores";
        await AwardsApi.Expect(await seoulJudge.PutAsJsonAsync(scores, new ScoreRequest([new("impact", 7m, null), new("cross-domain", 9m, null)])), HttpStatusCode.OK);
        await AwardsApi.Expect(await seoulJudge.PutAsJsonAsync(scores, new ScoreRequest([new("impact", 8m, null)])), HttpStatusCode.OK);
        await AwardsApi.Expect(await seoulJudge.PostAsJsonAsync($"/api/awards/assignments/{assigned.Id}/entries/{entry.Id}/conflict",
            new DeclareConflictRequest("apparent", "Met the team at a fair")), HttpStatusCode.OK);

        var atSecretariat = await Eventually.Value(() => federation.WithAwardsDbAsync("taipei", db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == assigned.Id)),
            a => a.SheetFor(entry.Id)?.Sequence == 2 && a.ConflictOn(entry.Id) is not null, CityArrangements.Travel, "taipei to hear the sheet and the conflict");
        Assert.Equal(8m, atSecretariat.SheetFor(entry.Id)!.On("impact")!.Value);
        Assert.Equal(3, atSecretariat.History.Count(h => h.EntryId == entry.Id));
        Assert.False(await federation.WithAwardsDbAsync("new-taipei", db => db.Assignments.AnyAsync(a => a.Id == assigned.Id)));

        // The secretariat rules on the disclosed conflict; the judge's city hears the ruling.
        await AwardsApi.Expect(await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/assignments/{judge.Id}/conflicts/{entry.Id}/exclude",
            new ExcludeConflictRequest(true, "Too close to the team")), HttpStatusCode.OK);
        var ruled = await Eventually.Value(async () => (await seoulJudge.GetFromJsonAsync<List<AssignmentResponse>>("/api/awards/assignments/mine"))!
                .Single(a => a.Id == assigned.Id).Entries[0],
            e => e.Conflict?.Excluded == true, CityArrangements.Travel, "seoul to hear the ruling");
        Assert.Equal(("Too close to the team", false), (ruled.Conflict!.ExclusionReason, ruled.Sheet!.Counts));
    }

    [Fact]
    public async Task A_judge_of_the_secretariat_s_city_scores_on_the_one_copy_taipei_holds()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await AwardsApi.OpenAsync(secretariat, AwardsApi.Call($"Home {Guid.NewGuid():N}"[..20]));
        await AwardsApi.EventuallyAsync(federation.Anonymous("seoul"), cycle.Id, _ => true, "seoul to hold the cycle");
        var entry = await CityArrangements.PostOkAsync<EntryResponse>(await federation.AwardsAs("agency@seoul"), "/api/awards/entries",
            new NominateRequest(cycle.Id, (await federation.ListSolutionAsync("seoul")).Id, [], "Bus stops that count riders"));
        var user = await federation.SharedJudgeAsync("taipei");
        var judge = await CityArrangements.PostOkAsync<JudgeResponse>(await federation.AwardsAs("agency@taipei"), "/api/awards/judges",
            new EnrolJudgeRequest(user.UserName, $"Prof. {Guid.NewGuid():N}"[..12], null));
        await Eventually.Async(() => federation.WithAwardsDbAsync("taipei", db => db.Entries.AnyAsync(e => e.Id == entry.Id)),
            CityArrangements.Travel, "taipei to hold the entry");
        var now = DateTimeOffset.UtcNow;
        await AwardsApi.Expect(await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/schedule",
            new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) }), HttpStatusCode.OK);
        var assigned = await AwardsApi.PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments",
            new AssignJudgeRequest(judge.Id, [entry.Id]));
        var taipeiJudge = await federation.AwardsAsUserAsync(user.UserName);

        var scored = await taipeiJudge.PutAsJsonAsync($"/api/awards/assignments/{assigned.Id}/entries/{entry.Id}/scores",
            new ScoreRequest([new("innovation", 6m, "Neat")]));

        await AwardsApi.Expect(scored, HttpStatusCode.OK);
        var held = await federation.WithAwardsDbAsync("taipei", db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == assigned.Id));
        Assert.Equal(6m, held.SheetFor(entry.Id)!.On("innovation")!.Value);
        Assert.False(await federation.WithAwardsDbAsync("taipei", db => db.OutboxMessages.AnyAsync(m => m.MessageType.Contains("ScoreSubmitted") && m.Payload.Contains(assigned.Id.ToString()))));
    }
}
