using Federation.ServiceDefaults.Messaging;
using Federation.Members;
using MassTransit;
using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// Messages put straight on a broker, signed with a member's real key: the secretariat's broadcasts are heard
/// only from the member list's secretariat, and what a city sends the secretariat only from the city it names.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class ForgedMessageTests(AwardsFederation federation)
{
    [Fact]
    public async Task A_cycle_broadcast_by_a_city_that_is_not_the_secretariat_is_refused()
    {
        var now = DateTimeOffset.UtcNow;
        var forged = new AwardCycleOpened(new AwardCycleDefinition(Guid.NewGuid(), "seoul", now.Year, "Seoul's own award", ["Winner"],
            [new AwardCriterion("impact", "Impact", 100)], new AwardWindow(now, now.AddDays(1)), new AwardWindow(now.AddDays(2), now.AddDays(3)),
            1, 1, false, new AwardTieBreak("earliest-entry", null), false, now));

        var messageId = await federation.SendSignedAsync("seoul", forged, to: null);

        await RejectedAsync("new-taipei", "awards-cycle_error", messageId);
        Assert.Null(await CycleAsync(federation.Anonymous("new-taipei"), forged.Cycle.CycleId));
    }

    [Fact]
    public async Task Results_broadcast_by_a_city_that_is_not_the_secretariat_are_refused()
    {
        var cycle = await OpenAsync(await federation.AwardsAs("secretariat@taipei"), Call("GO SMART Award (forged results)"));
        await EventuallyAsync(federation.Anonymous("new-taipei"), cycle.Id, _ => true, "new-taipei to hold the cycle");
        var forged = new AwardResultsPublished(cycle.Id, "taipei", cycle.Year, cycle.Name, [], [], "Forged", DateTimeOffset.UtcNow);

        var messageId = await federation.SendSignedAsync("seoul", forged, to: null);

        await RejectedAsync("new-taipei", "awards-award-results_error", messageId);
        Assert.Null((await CycleAsync(federation.Anonymous("new-taipei"), cycle.Id))!.PublishedAt);
    }

    [Fact]
    public async Task A_judge_enrolled_in_another_city_s_name_is_refused_by_the_secretariat()
    {
        var forged = Enrolment("seoul");

        var messageId = await federation.SendSignedAsync("new-taipei", forged, to: "taipei");

        await RejectedAsync("taipei", "awards-city-submissions_error", messageId);
        Assert.False(await federation.WithAwardsDbAsync("taipei", db => db.Judges.AnyAsync(j => j.Id == forged.JudgeId)));
    }

    [Fact]
    public async Task An_entry_sent_in_another_city_s_name_is_refused_by_the_secretariat()
    {
        var cycle = await OpenAsync(await federation.AwardsAs("secretariat@taipei"), Call("GO SMART Award (forged entry)"));
        var at = DateTimeOffset.UtcNow;
        var entry = new AwardEntry(Guid.NewGuid(), cycle.Id, "seoul", Guid.NewGuid(), new Dictionary<string, string> { ["en"] = "Bus stop" },
            new Dictionary<string, string> { ["en"] = "Arrivals" }, [], "Forged", null, "Seoul agency", at);

        var messageId = await federation.SendSignedAsync("new-taipei", new AwardEntrySubmitted(entry.EntryId, cycle.Id, "seoul", "taipei", entry), to: "taipei");

        await RejectedAsync("taipei", "awards-city-submissions_error", messageId);
        Assert.False(await federation.WithAwardsDbAsync("taipei", db => db.Entries.AnyAsync(e => e.Id == entry.EntryId)));
    }

    [Fact]
    public async Task An_enrolment_heard_twice_is_held_once()
    {
        var enrolment = Enrolment("seoul");

        var first = await federation.SendSignedAsync("seoul", enrolment, to: "taipei");
        var second = await federation.SendSignedAsync("seoul", enrolment, to: "taipei");

        await Eventually.Async(() => federation.WithAwardsDbAsync("taipei", db =>
            db.ProcessedMessages.CountAsync(m => m.MessageId == first || m.MessageId == second).ContinueWith(t => t.Result == 2)),
            Propagation, "taipei to consume both enrolments");
        Assert.Equal(1, await federation.WithAwardsDbAsync("taipei", db => db.Judges.CountAsync(j => j.Id == enrolment.JudgeId)));
    }

    private static JudgeEnrolled Enrolment(string city) => new(Guid.NewGuid(), city, "taipei", $"user-{Guid.NewGuid():N}", $"judge@{city}",
        "Prof. Forged", "University", ["mobility"], $"{city} agency", DateTimeOffset.UtcNow);

    private async Task RejectedAsync(string city, string errorQueue, Guid messageId) =>
        await Eventually.Value(
            async () => (await federation.Brokers.Broker(city).Management.PeekMessagesAsync(errorQueue, 500)).FirstOrDefault(m => m.MessageId == messageId.ToString()),
            m => m is not null, Propagation, $"the forged message in {city}'s {errorQueue}");
}
