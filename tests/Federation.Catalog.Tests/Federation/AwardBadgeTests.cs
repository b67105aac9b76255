using Federation.Contracts.Awards;

namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// The secretariat (taipei, the first city of the test federation) publishes a cycle's results: every
/// city's catalogue shows the award on the winning seoul solution and the shortlisted new-taipei one.
/// </summary>
[Collection(nameof(CatalogFederation))]
public sealed class AwardBadgeTests(CatalogFederation federation)
{
    private const string ErrorQueue = "catalog-award-results_error";

    [Fact]
    public async Task Results_published_by_the_secretariat_show_on_the_winner_and_the_finalist_in_every_city_once()
    {
        Assert.Equal("taipei", federation.Brokers.Members.Secretariat);
        var marker = Samples.Marker();
        var winner = await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp(marker));
        var finalist = await Samples.CreateAsync(federation.Client("new-taipei"), Samples.StreetLamp(marker));
        var results = Results(2026, "taipei", winner, finalist);

        await federation.PublishFromTaipeiAsync(results, NewId.NextGuid());
        foreach (var city in CatalogFederation.Cities)
        {
            var won = Assert.Single(await AwardsAsync(city, winner, a => a.Count == 1));
            Assert.Equal(new SolutionAward(results.CycleId, 2026, results.Name, "Winner", SolutionAward.Winner, results.PublishedAt), won);
            var shortlisted = Assert.Single(await AwardsAsync(city, finalist, a => a.Count == 1));
            Assert.Equal(new SolutionAward(results.CycleId, 2026, results.Name, null, SolutionAward.Finalist, results.PublishedAt), shortlisted);
        }
        // A search page carries them too.
        var page = await Samples.SearchUntilAsync(federation.Client("new-taipei"), marker, p => p.Items.Count == 2, "both listings in new-taipei");
        Assert.All(page.Items, s => Assert.Equal(results.CycleId, Assert.Single(s.Awards).CycleId));

        // The same results again (a new message), then the next year's cycle: once that shows, the repeat
        // has been consumed too (same queue, one message at a time), and it added nothing.
        var repeat = NewId.NextGuid();
        await federation.PublishFromTaipeiAsync(results, repeat);
        var next = Results(2027, "taipei", winner, finalist);
        await federation.PublishFromTaipeiAsync(next, NewId.NextGuid());
        foreach (var city in CatalogFederation.Cities)
        {
            var awards = await AwardsAsync(city, winner, a => a.Any(x => x.CycleId == next.CycleId));
            Assert.Equal([next.CycleId, results.CycleId], awards.Select(a => a.CycleId)); // newest cycle first, each once
            Assert.Equal(2, (await AwardsAsync(city, finalist, a => a.Count == 2)).Count);
            // Applied, not refused: the repeat replaced the cycle's badges with the same ones.
            var errors = await federation.Brokers.Broker(city).Management.PeekMessagesAsync(ErrorQueue, 500);
            Assert.DoesNotContain(errors, m => m.MessageId == repeat.ToString());
        }
    }

    [Fact]
    public async Task Results_signed_by_a_city_that_is_not_the_secretariat_are_rejected_everywhere()
    {
        var winner = await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp(Samples.Marker()));
        var finalist = await Samples.CreateAsync(federation.Client("new-taipei"), Samples.StreetLamp(Samples.Marker()));
        var forged = Results(2026, "seoul", winner, finalist); // seoul crowns its own solution
        var messageId = NewId.NextGuid();

        using var seoul = federation.SignerOf("seoul");
        await federation.PublishOnTaipeiAsync(forged, seoul.Sign(forged, messageId, null));

        foreach (var city in CatalogFederation.Cities)
            Assert.Contains("arrived from 'seoul'", await federation.RejectionAsync(city, messageId, ErrorQueue));
        foreach (var city in CatalogFederation.Cities)
        {
            Assert.Empty(await AwardsAsync(city, winner, _ => true));
            Assert.Empty(await AwardsAsync(city, finalist, _ => true));
        }
    }

    [Fact]
    public async Task Results_from_the_secretariat_naming_another_secretariat_are_rejected_everywhere()
    {
        var winner = await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp(Samples.Marker()));
        var finalist = await Samples.CreateAsync(federation.Client("new-taipei"), Samples.StreetLamp(Samples.Marker()));
        var results = Results(2026, "seoul", winner, finalist);
        var messageId = NewId.NextGuid();

        await federation.PublishFromTaipeiAsync(results, messageId);

        foreach (var city in CatalogFederation.Cities)
            Assert.Contains("name 'seoul' as secretariat", await federation.RejectionAsync(city, messageId, ErrorQueue));
        foreach (var city in CatalogFederation.Cities)
            Assert.Empty(await AwardsAsync(city, winner, _ => true));
    }

    private static AwardResultsPublished Results(int year, string secretariat, SolutionResponse winner, SolutionResponse finalist)
    {
        // Winners are chosen from the finalists, so the winner is shortlisted too.
        var winning = new AwardFinalist(Guid.NewGuid(), winner.Id, winner.City, winner.Title);
        var shortlisted = new AwardFinalist(Guid.NewGuid(), finalist.Id, finalist.City, finalist.Title);
        return new AwardResultsPublished(Guid.NewGuid(), secretariat, year, $"GO SMART Award {year}",
            [new AwardWinner("Winner", winning.EntryId, winner.Id, winner.City, winner.Title)], [winning, shortlisted],
            "Congratulations to every finalist.", new DateTimeOffset(year, 11, 20, 9, 0, 0, TimeSpan.Zero));
    }

    private async Task<IReadOnlyList<SolutionAward>> AwardsAsync(string city, SolutionResponse solution,
        Func<IReadOnlyList<SolutionAward>, bool> done) =>
        (await Eventually.Value(
            async () => (await federation.Client(city).GetFromJsonAsync<SolutionResponse>($"/api/solutions/{solution.Id}?city={solution.City}"))!,
            s => done(s.Awards), Samples.Propagation, $"{city}'s catalogue to show the awards of {solution.City}'s listing")).Awards;
}
