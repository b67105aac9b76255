using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>What a city nominates and enrols reaches the secretariat's city, and no third city.</summary>
[Collection(nameof(AwardsFederation))]
public sealed class SecretariatDeliveryTests(AwardsFederation federation)
{
    [Fact]
    public async Task A_nomination_and_its_withdrawal_reach_the_secretariat_only()
    {
        var cycle = await AwardsApi.OpenAsync(await federation.AwardsAs("secretariat@taipei"), AwardsApi.Call($"Delivery {Guid.NewGuid():N}"[..20]));
        await AwardsApi.EventuallyAsync(federation.Anonymous("seoul"), cycle.Id, _ => true, "seoul to hold the cycle");
        var agency = await federation.AwardsAs("agency@seoul");
        var entry = await CityArrangements.PostOkAsync<EntryResponse>(agency, "/api/awards/entries",
            new NominateRequest(cycle.Id, (await federation.ListSolutionAsync("seoul")).Id, [], "Cut waiting by a fifth"));

        var held = await Eventually.Value(() => federation.WithAwardsDbAsync("taipei", db => db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entry.Id)),
            e => e is not null, CityArrangements.Travel, "taipei to hold the entry");
        Assert.Equal(("seoul", "taipei", entry.SolutionId), (held!.City, held.HeldAt, held.SolutionId));

        await CityArrangements.PostOkAsync<EntryResponse>(agency, $"/api/awards/entries/{entry.Id}/withdraw", new WithdrawEntryRequest("Not this year"));
        await Eventually.Async(() => federation.WithAwardsDbAsync("taipei", db => db.Entries.AnyAsync(e => e.Id == entry.Id && e.Withdrawal != null)),
            CityArrangements.Travel, "taipei to hear of the withdrawal");
        Assert.False(await federation.WithAwardsDbAsync("new-taipei", db => db.Entries.AnyAsync(e => e.Id == entry.Id)));
    }

    [Fact]
    public async Task An_enrolment_reaches_the_secretariat_only()
    {
        var user = await federation.JudgeUserAsync("new-taipei");
        var agency = await federation.AwardsAs("agency@new-taipei");
        var judge = await CityArrangements.PostOkAsync<JudgeResponse>(agency, "/api/awards/judges", new EnrolJudgeRequest(user.UserName, "Ms. Lin", ["energy"]));

        var held = await Eventually.Value(() => federation.WithAwardsDbAsync("taipei", db => db.Judges.AsNoTracking().FirstOrDefaultAsync(j => j.Id == judge.Id)),
            j => j is not null, CityArrangements.Travel, "taipei to hold the judge");
        Assert.Equal(("new-taipei", user.Id, "Ms. Lin"), (held!.City, held.UserId, held.DisplayName));
        Assert.False(await federation.WithAwardsDbAsync("seoul", db => db.Judges.AnyAsync(j => j.Id == judge.Id)));
    }
}
