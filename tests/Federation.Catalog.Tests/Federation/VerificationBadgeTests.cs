using Federation.Contracts.Trials;

namespace Federation.Catalog.Tests.Federation;

/// <summary>A seoul startup's solution verified in taipei: every city's catalogue shows it.</summary>
[Collection(nameof(CatalogFederation))]
public sealed class VerificationBadgeTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_trial_verified_in_taipei_shows_on_the_seoul_solution_in_every_city_with_its_outcome()
    {
        var solution = await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp(Samples.Marker()));
        var trialId = Guid.NewGuid();

        await federation.PublishFromTaipeiAsync(federation.VerifiedInTaipei(trialId, solution), NewId.NextGuid());
        foreach (var city in CatalogFederation.Cities)
        {
            var badge = Assert.Single((await BadgesAsync(city, solution, b => b.Count == 1)));
            Assert.Equal((trialId, "taipei", "passed"), (badge.TrialId, badge.HostCity, badge.Verdict));
            Assert.Equal(42m, Assert.Single(badge.Kpis).Achieved);
        }

        var outcome = new TrialOutcome("procured", new DateOnly(2027, 3, 1), "Bought for every district", DateTimeOffset.UtcNow);
        await federation.PublishFromTaipeiAsync(new TrialOutcomeRecorded(trialId, "seoul", "taipei", solution.Id, outcome), NewId.NextGuid());
        foreach (var city in CatalogFederation.Cities)
            await BadgesAsync(city, solution, b => b is [{ Outcome: "procured" }]);
    }

    [Fact]
    public async Task A_verdict_for_a_trial_in_taipei_sent_by_seoul_is_rejected_everywhere()
    {
        var solution = await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp(Samples.Marker()));
        var forged = federation.VerifiedInTaipei(Guid.NewGuid(), solution);
        var messageId = NewId.NextGuid();

        using var seoul = federation.SignerOf("seoul");
        await federation.PublishOnTaipeiAsync(forged, seoul.Sign(forged, messageId, null));

        foreach (var city in CatalogFederation.Cities)
            Assert.Contains("arrived from 'seoul'", await federation.RejectionAsync(city, messageId, "catalog-verified-trials_error"));
        foreach (var city in CatalogFederation.Cities)
            Assert.Empty(await BadgesAsync(city, solution, _ => true));
    }

    private async Task<IReadOnlyList<SolutionVerification>> BadgesAsync(string city, SolutionResponse solution,
        Func<IReadOnlyList<SolutionVerification>, bool> done) =>
        (await Eventually.Value(async () => (await federation.Client(city).GetFromJsonAsync<SolutionResponse>($"/api/solutions/{solution.Id}"))!,
            s => done(s.Verifications), Samples.Propagation, $"{city}'s catalogue to show the verification")).Verifications;
}
