using ConflictKind = Federation.Awards.Domain.ConflictKind;
using Federation.ServiceDefaults.Messaging;
using Federation.Members;
using MassTransit;
using Federation.Contracts.Awards;
using ScoreChange = Federation.Contracts.Awards.ScoreChange;

namespace Federation.Awards.Tests.Federation;

/// <summary>Sheets and conflicts a judge's city sends the secretariat, signed by that city: held from it, refused from anyone else.</summary>
[Collection(nameof(AwardsFederation))]
public sealed class InboxTests(AwardsFederation federation)
{
    [Fact]
    public async Task A_sheet_and_a_conflict_from_the_judge_s_city_are_held_and_one_from_another_city_is_refused()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (inbox)"));
        var entry = await Arranged.EntryAsync(federation, cycle.Id, "seoul", Guid.NewGuid(), "Seoul bus stop");
        var judge = await Arranged.JudgeAsync(federation, "new-taipei", "Prof. Lin");
        var now = DateTimeOffset.UtcNow;
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule",
            new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) });
        var assignment = await PostAsync<AssignmentResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/assignments", new AssignJudgeRequest(judge, [entry]));
        var at = DateTimeOffset.UtcNow;
        var sheet = new ScoreSubmitted(assignment.Id, cycle.Id, judge, "new-taipei", "taipei", entry,
            [new AwardScore("cross-domain", 8m, null), new AwardScore("impact", 8m, null), new AwardScore("functionality", 8m, null), new AwardScore("innovation", 8m, null)],
            1, at, [new ScoreChange(judge, entry, "impact", null, 8m, null, 1, at)]);
        var conflict = new ConflictDeclared(assignment.Id, cycle.Id, judge, "new-taipei", "taipei", entry, "potential", "Met the team once", at);

        var forged = await SendAsync("seoul", sheet with { Scores = [.. sheet.Scores.Select(s => s with { Value = 1m })] });
        await SendAsync("new-taipei", sheet);
        await SendAsync("new-taipei", conflict);

        await Eventually.Value(
            async () => (await federation.Brokers.Broker("taipei").Management.PeekMessagesAsync("awards-city-submissions_error", 500)).FirstOrDefault(m => m.MessageId == forged.ToString()),
            m => m is not null, Propagation, "the forged sheet in taipei's error queue");
        var held = await Eventually.Value(() => federation.WithAwardsDbAsync("taipei", async db => (await db.Assignments.AsNoTracking().FirstAsync(a => a.Id == assignment.Id))),
            a => a.SheetFor(entry) is not null && a.ConflictOn(entry) is not null, Propagation, "taipei to hold the sheet and the conflict");
        Assert.Equal((8m, ConflictKind.Potential), (held.SheetFor(entry)!.Scores[0].Value, held.ConflictOn(entry)!.Kind));
        Assert.Single(held.History);
        var ranked = (await secretariat.GetFromJsonAsync<RankingResponse>($"/api/awards/cycles/{cycle.Id}/ranking"))!.Entries.Single();
        Assert.Equal((8m, 1), (ranked.Score!.Value, ranked.CountingSheets));
    }

    private async Task<Guid> SendAsync<T>(string city, T message) where T : class
    {
        var messageId = Guid.NewGuid();
        using var signer = new MessageSigner(NodeSigningKey.LoadOrCreate(federation.Brokers.SigningKeyFile(city)), city, TimeProvider.System);
        var stamp = signer.Sign(message, messageId, "taipei");
        await federation.Awards(city).Services.GetRequiredService<IBus>().Publish(message, context =>
        {
            stamp.ApplyTo(context);
            context.SetRoutingKey("taipei");
        });
        return messageId;
    }
}
