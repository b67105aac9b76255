using Federation.Contracts;
using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// The right role is not enough: an entry is its city's and its applicant's, an assignment its judge's. The
/// wrong owner learns nothing (404) or is refused (403), the record stays as it was, and the owner still acts.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class OwnershipTests(AwardsFederation federation)
{
    [Fact]
    public async Task A_startup_of_another_organisation_neither_sees_nor_withdraws_an_application()
    {
        var cycle = await federation.ForgedCycleAsync();
        var applicant = await federation.AwardsAs("startup@seoul");
        var applied = await CityArrangements.PostOkAsync<EntryResponse>(applicant, "/api/awards/applications",
            new ApplyForNominationRequest(cycle.CycleId, (await federation.ListSolutionAsync("seoul")).Id, [], "Our bus stop"));
        var rival = await federation.AwardsAsUserAsync(await federation.CreateUserAsync("seoul", "startup-rival", "startup", "Rival mobility"));

        var seen = await rival.GetAsync($"/api/awards/entries/{applied.Id}");
        var withdrawn = await rival.PostAsJsonAsync($"/api/awards/entries/{applied.Id}/withdraw", new WithdrawEntryRequest("Not ours"));
        var listed = await rival.GetFromJsonAsync<ResultPage<EntryResponse>>($"/api/awards/entries?cycleId={cycle.CycleId}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (seen.StatusCode, withdrawn.StatusCode));
        Assert.Empty(listed!.Items);
        Assert.Equal("applied", (await applicant.GetFromJsonAsync<EntryResponse>($"/api/awards/entries/{applied.Id}"))!.Status);
        await Expect(await applicant.PostAsJsonAsync($"/api/awards/entries/{applied.Id}/withdraw", new WithdrawEntryRequest("Ours to take back")),
            HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_startup_applies_only_with_its_own_organisation_s_listing()
    {
        var cycle = await federation.ForgedCycleAsync();
        var listing = await federation.ListSolutionAsync("seoul", "Hanbit's bus stop");
        var rival = await federation.AwardsAsUserAsync(await federation.CreateUserAsync("seoul", "startup-lister", "startup", "Lister mobility"));

        var refused = await rival.PostAsJsonAsync("/api/awards/applications", new ApplyForNominationRequest(cycle.CycleId, listing.Id, [], "Not ours"));

        Assert.Contains(listing.Id.ToString(), (await refused.AssertProblemAsync(HttpStatusCode.Forbidden)).Detail);
        Assert.False(await federation.WithAwardsDbAsync("seoul", db => db.Entries.AnyAsync(e => e.SolutionId == listing.Id)));
        await Expect(await (await federation.AwardsAs("startup@seoul")).PostAsJsonAsync("/api/awards/applications",
            new ApplyForNominationRequest(cycle.CycleId, listing.Id, [], "Ours")), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_city_s_agency_cannot_step_an_entry_even_where_the_secretariat_holds_its_copy()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (ownership)"));
        await EventuallyAsync(federation.Anonymous("seoul"), cycle.Id, _ => true, "seoul to hold the call");
        var owner = await federation.AwardsAs("agency@seoul");
        var entry = await CityArrangements.PostOkAsync<EntryResponse>(owner, "/api/awards/entries",
            new NominateRequest(cycle.Id, (await federation.ListSolutionAsync("seoul")).Id, [], "Cut waiting"));
        await Eventually.Async(() => federation.WithAwardsDbAsync("taipei", db => db.Entries.AnyAsync(e => e.Id == entry.Id)),
            Propagation, "taipei's secretariat to hold the entry");
        var steps = new (string Step, object Body)[]
        {
            ("endorse", new EndorseNominationRequest(null)), ("decline", new DeclineNominationRequest("Not ours")), ("withdraw", new WithdrawEntryRequest(null)),
        };

        foreach (var user in new[] { "agency@taipei", "agency@new-taipei", "startup@seoul" })
        {
            var caller = await federation.AwardsAs(user);
            await Expect(await caller.GetAsync($"/api/awards/entries/{entry.Id}"), HttpStatusCode.NotFound);
            foreach (var (step, body) in steps.Where(s => !user.StartsWith("startup") || s.Step == "withdraw"))
                await Expect(await caller.PostAsJsonAsync($"/api/awards/entries/{entry.Id}/{step}", body), HttpStatusCode.NotFound);
        }

        Assert.Equal("nominated", (await owner.GetFromJsonAsync<EntryResponse>($"/api/awards/entries/{entry.Id}"))!.Status);
        Assert.Equal(EntryStatus.Nominated, await federation.WithAwardsDbAsync("taipei",
            db => db.Entries.AsNoTracking().Where(e => e.Id == entry.Id).Select(e => e.Status).SingleAsync()));
        await Expect(await owner.PostAsJsonAsync($"/api/awards/entries/{entry.Id}/withdraw", new WithdrawEntryRequest("Changed our mind")), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_judge_neither_sees_nor_declares_a_conflict_on_an_assignment()
    {
        var (judge, assigned) = await federation.AssignedJudgeAsync("seoul");
        var path = $"/api/awards/assignments/{assigned.AssignmentId}/entries/{assigned.Entries[0].EntryId}/conflict";
        var declaration = new DeclareConflictRequest("real", "I advised the team");
        var otherJudge = await federation.AwardsAs("judge@seoul");
        var elsewhere = await federation.AwardsAs("judge@new-taipei");

        var theirs = await otherJudge.GetFromJsonAsync<List<AssignmentResponse>>("/api/awards/assignments/mine");
        var byOther = await otherJudge.PostAsJsonAsync(path, declaration);
        var byElsewhere = await elsewhere.PostAsJsonAsync(path, declaration);

        Assert.DoesNotContain(theirs!, a => a.Id == assigned.AssignmentId);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (byOther.StatusCode, byElsewhere.StatusCode));
        var mine = (await judge.GetFromJsonAsync<List<AssignmentResponse>>("/api/awards/assignments/mine"))!.Single(a => a.Id == assigned.AssignmentId);
        Assert.All(mine.Entries, e => Assert.Null(e.Conflict));
        await Expect(await judge.PostAsJsonAsync(path, declaration), HttpStatusCode.OK);
    }
}
