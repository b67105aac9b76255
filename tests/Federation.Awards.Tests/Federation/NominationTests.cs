using Federation.Contracts;
using Federation.Contracts.Awards;
using Federation.Contracts.Catalog;

namespace Federation.Awards.Tests.Federation;

/// <summary>A city's agency nominates its own listings, its startups apply through it; eligibility is checked at the city.</summary>
[Collection(nameof(AwardsFederation))]
public sealed class NominationTests(AwardsFederation federation)
{
    [Fact]
    public async Task An_agency_nominates_its_city_s_listing_at_once()
    {
        var (cycle, solution, agency) = await SeoulNominatesAsync();

        var answer = await agency.PostAsJsonAsync("/api/awards/entries", new NominateRequest(cycle.CycleId, solution.Id, [], "Cut waiting by a fifth"));

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var entry = (await answer.Content.ReadFromJsonAsync<EntryResponse>())!;
        Assert.Equal(("nominated", "seoul", solution.Id), (entry.Status, entry.City, entry.SolutionId));
        Assert.Equal(solution.Title["en"], entry.SolutionTitle["en"]);
        Assert.NotNull(entry.NominatingAgency);
        var listed = (await agency.GetFromJsonAsync<ResultPage<EntryResponse>>($"/api/awards/entries?cycleId={cycle.CycleId}"))!;
        Assert.Equal([entry.Id], listed.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task A_solution_has_one_live_entry_per_cycle()
    {
        var (cycle, solution, agency) = await SeoulNominatesAsync();
        var request = new NominateRequest(cycle.CycleId, solution.Id, [], "Cut waiting by a fifth");
        Assert.Equal(HttpStatusCode.Created, (await agency.PostAsJsonAsync("/api/awards/entries", request)).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await agency.PostAsJsonAsync("/api/awards/entries", request)).StatusCode);
    }

    [Fact]
    public async Task Another_city_s_listing_is_refused_naming_the_solution()
    {
        var (cycle, taipeiListing, agency) = await SeoulNominatesAsync(listedIn: "taipei");

        var answer = await agency.PostAsJsonAsync("/api/awards/entries", new NominateRequest(cycle.CycleId, taipeiListing.Id, [], "Not ours"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.True((await answer.JsonAsync()).GetProperty("errors").TryGetProperty("solutionId", out _));
    }

    [Fact]
    public async Task Nominations_outside_the_window_are_refused()
    {
        var (cycle, solution, agency) = await SeoulNominatesAsync(nominationsOpen: false);

        var answer = await agency.PostAsJsonAsync("/api/awards/entries", new NominateRequest(cycle.CycleId, solution.Id, [], "Too late"));

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
    }

    [Fact]
    public async Task A_cycle_asking_for_a_verified_trial_refuses_an_entry_citing_none_or_an_unverified_one()
    {
        var (cycle, solution, agency) = await SeoulNominatesAsync(requiresTrial: true);

        var none = await agency.PostAsJsonAsync("/api/awards/entries", new NominateRequest(cycle.CycleId, solution.Id, [], "No trial"));
        var unknown = await agency.PostAsJsonAsync("/api/awards/entries", new NominateRequest(cycle.CycleId, solution.Id, [Guid.NewGuid()], "Unknown trial"));

        foreach (var answer in new[] { none, unknown })
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.True((await answer.JsonAsync()).GetProperty("errors").TryGetProperty("evidenceTrialIds", out _));
        }
    }

    [Fact]
    public async Task Only_an_agency_of_the_city_nominates()
    {
        var cycle = await federation.ForgedCycleAsync();
        var solution = await federation.ListSolutionAsync("seoul");
        var request = new NominateRequest(cycle.CycleId, solution.Id, [], "Ours");

        var startup = await (await federation.AwardsAs("startup@seoul")).PostAsJsonAsync("/api/awards/entries", request);
        var otherCity = await (await federation.AwardsAt("seoul", "agency@taipei")).PostAsJsonAsync("/api/awards/entries", request);
        var anonymous = await federation.Anonymous("seoul").PostAsJsonAsync("/api/awards/entries", request);

        Assert.Equal(HttpStatusCode.Forbidden, startup.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherCity.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_startup_applies_and_its_agency_endorses_the_application_into_a_nomination()
    {
        var (cycle, solution, agency) = await SeoulNominatesAsync();
        var startup = await federation.AwardsAs("startup@seoul");

        var applied = await CityArrangements.PostOkAsync<EntryResponse>(startup, "/api/awards/applications",
            new ApplyForNominationRequest(cycle.CycleId, solution.Id, [], "Our bus stop"));
        Assert.Equal("applied", applied.Status);
        Assert.NotNull(applied.ApplicantOrganisation);
        var mine = (await startup.GetFromJsonAsync<ResultPage<EntryResponse>>($"/api/awards/entries?cycleId={cycle.CycleId}"))!;
        Assert.Equal([applied.Id], mine.Items.Select(e => e.Id));
        // Nothing of an application leaves the city before the agency endorses it.
        Assert.Equal(HttpStatusCode.Forbidden, (await startup.PostAsJsonAsync($"/api/awards/entries/{applied.Id}/endorse", new EndorseNominationRequest(null))).StatusCode);

        var endorsed = await agency.PostAsJsonAsync($"/api/awards/entries/{applied.Id}/endorse", new EndorseNominationRequest("Fits our programme"));

        Assert.Equal(HttpStatusCode.OK, endorsed.StatusCode);
        var entry = (await endorsed.Content.ReadFromJsonAsync<EntryResponse>())!;
        Assert.Equal("nominated", entry.Status);
        Assert.NotNull(entry.NominatedAt);
    }

    [Fact]
    public async Task The_agency_declines_an_application_with_a_reason()
    {
        var (cycle, solution, agency) = await SeoulNominatesAsync();
        var startup = await federation.AwardsAs("startup@seoul");
        var applied = await CityArrangements.PostOkAsync<EntryResponse>(startup, "/api/awards/applications",
            new ApplyForNominationRequest(cycle.CycleId, solution.Id, [], "Our bus stop"));

        var noReason = await agency.PostAsJsonAsync($"/api/awards/entries/{applied.Id}/decline", new DeclineNominationRequest(" "));
        var declined = await agency.PostAsJsonAsync($"/api/awards/entries/{applied.Id}/decline", new DeclineNominationRequest("Not ready this year"));

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var entry = (await declined.Content.ReadFromJsonAsync<EntryResponse>())!;
        Assert.Equal(("declined", "Not ready this year"), (entry.Status, entry.Reason));
    }

    [Fact]
    public async Task A_nominated_entry_is_withdrawn_before_judging_and_the_solution_may_enter_again()
    {
        var (cycle, solution, agency) = await SeoulNominatesAsync();
        var request = new NominateRequest(cycle.CycleId, solution.Id, [], "Ours");
        var entry = await CityArrangements.PostOkAsync<EntryResponse>(agency, "/api/awards/entries", request);

        var withdrawn = await agency.PostAsJsonAsync($"/api/awards/entries/{entry.Id}/withdraw", new WithdrawEntryRequest("Changed our mind"));

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<EntryResponse>())!.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await agency.PostAsJsonAsync($"/api/awards/entries/{entry.Id}/withdraw", new WithdrawEntryRequest(null))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await agency.PostAsJsonAsync("/api/awards/entries", request)).StatusCode);
    }

    [Fact]
    public async Task A_startup_sees_only_its_own_organisation_s_entries()
    {
        var cycle = await federation.ForgedCycleAsync();
        var agency = await federation.AwardsAs("agency@seoul");
        var nominated = await CityArrangements.PostOkAsync<EntryResponse>(agency, "/api/awards/entries",
            new NominateRequest(cycle.CycleId, (await federation.ListSolutionAsync("seoul")).Id, [], "Agency's own pick"));
        var startup = await federation.AwardsAs("startup@seoul");

        var mine = (await startup.GetFromJsonAsync<ResultPage<EntryResponse>>($"/api/awards/entries?cycleId={cycle.CycleId}"))!;

        Assert.Empty(mine.Items);
        Assert.Equal(HttpStatusCode.NotFound, (await startup.GetAsync($"/api/awards/entries/{nominated.Id}")).StatusCode);
    }

    // A forged cycle, a new listing (of seoul unless said) and seoul's agency, to nominate with.
    private async Task<(AwardCycleDefinition Cycle, SolutionResponse Solution, HttpClient Agency)> SeoulNominatesAsync(
        string listedIn = "seoul", bool nominationsOpen = true, bool requiresTrial = false) =>
        (await federation.ForgedCycleAsync(nominationsOpen, requiresTrial), await federation.ListSolutionAsync(listedIn),
            await federation.AwardsAs("agency@seoul"));
}
