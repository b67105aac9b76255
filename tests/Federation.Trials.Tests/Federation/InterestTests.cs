using Federation.Contracts;
using Federation.Contracts.Interests;
using Federation.Contracts.Notifications;
using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// A seoul startup's interest in a new-taipei challenge: it reaches new-taipei (and the secretariat's taipei, for the
/// network's report), new-taipei's agency is told and answers, and the startup turns it into a trial application.
/// </summary>
[Collection(nameof(TrialsFederation))]
public sealed class InterestTests(TrialsFederation federation)
{
    [Fact]
    public async Task A_startups_interest_reaches_the_challenge_city_is_accepted_there_and_becomes_a_prefilled_trial_application()
    {
        var (solution, challenge) = await PairAsync();
        var startup = await federation.TrialsAs("startup@seoul");
        var agency = await federation.TrialsAs("agency@new-taipei");

        var sent = await ExpressAsync(startup, new ExpressInterestRequest(solution.Id, null, challenge.Id, "new-taipei", "Our stops cut waits by a fifth"));

        Assert.Equal(("solution", "waiting", "seoul startup"), (sent.From, sent.Status, sent.ExpressedBy));
        var received = await Eventually.Value(() => GetAsync(agency, sent.Id), i => i is not null, Propagation, "new-taipei to receive the interest");
        Assert.Equal(("Our stops cut waits by a fifth", "Shorter waits at bus stops"), (received!.Message, received.ChallengeTitle["en"]));
        var told = await NotificationAsync("agency@new-taipei", $"/interests/{sent.Id}", "ko");
        Assert.Equal(NotificationKinds.InterestReceived, told.Kind);
        Assert.Contains("seoul startup", told.Title);
        Assert.Contains("논의", told.Title);
        var report = await federation.Host.ClientAsync("secretariat@taipei", "trials");
        await Eventually.Async(async () => (await ReportAsync(report, "status=waiting")).Items.Any(i => i.Id == sent.Id), Propagation,
            "the secretariat's report to list the waiting interest");

        var accepted = await AnswerAsync(agency, sent.Id, "accept", "Come and see line 216");

        Assert.Equal("accepted", accepted.Status);
        await Eventually.Value(() => GetAsync(startup, sent.Id), i => i?.Status == "accepted", Propagation, "seoul to learn of the acceptance");
        var answered = await NotificationAsync("startup@seoul", $"/interests/{sent.Id}", "en");
        Assert.Equal("new-taipei accepted your interest: Shorter waits at bus stops", answered.Title);
        await Eventually.Async(async () => (await ReportAsync(report, "status=accepted")).Items.Any(i => i.Id == sent.Id), Propagation,
            "the secretariat's report to show the answer");

        // The body's host city and solution are the interest's, whatever the form sent.
        var response = await startup.PostAsJsonAsync($"/api/interests/{sent.Id}/application", Application(solution.Id, hostCity: "taipei"));
        await Expect(response, HttpStatusCode.Created);
        var trial = (await response.Content.ReadFromJsonAsync<TrialResponse>())!;
        Assert.Equal(("new-taipei", challenge.Id, "draft"), (trial.HostCity, trial.ChallengeId, trial.Status));
        Assert.Equal(trial.Id, (await GetAsync(startup, sent.Id))!.TrialId);
        await (await startup.PostAsJsonAsync($"/api/interests/{sent.Id}/application", Application(solution.Id))).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_interest_is_answered_only_by_the_other_side_and_only_once()
    {
        var (solution, challenge) = await PairAsync();
        var startup = await federation.TrialsAs("startup@seoul");
        var agency = await federation.TrialsAs("agency@new-taipei");
        var sent = await ExpressAsync(startup, new ExpressInterestRequest(solution.Id, null, challenge.Id, "new-taipei", null));
        await Eventually.Value(() => GetAsync(agency, sent.Id), i => i is not null, Propagation, "new-taipei to receive the interest");

        await (await startup.PostAsJsonAsync($"/api/interests/{sent.Id}/accept", new AnswerInterestRequest(null))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await startup.PostAsJsonAsync("/api/interests", new ExpressInterestRequest(solution.Id, null, challenge.Id, "new-taipei", null)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        await AnswerAsync(agency, sent.Id, "decline", "Line 216 is taken this year");

        await (await agency.PostAsJsonAsync($"/api/interests/{sent.Id}/accept", new AnswerInterestRequest(null))).AssertProblemAsync(HttpStatusCode.Conflict);
        var declined = await Eventually.Value(() => GetAsync(startup, sent.Id), i => i?.Status == "declined", Propagation, "seoul to learn of the answer");
        Assert.Equal("Line 216 is taken this year", declined!.AnswerNote);
        await (await startup.PostAsJsonAsync($"/api/interests/{sent.Id}/application", Application(solution.Id)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_interest_without_its_records_or_with_the_callers_own_city_as_the_other_side_is_refused_naming_each_field()
    {
        var startup = await federation.TrialsAs("startup@seoul");

        var empty = await (await startup.PostAsJsonAsync("/api/interests", new ExpressInterestRequest(null, null, null, null, null)))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var ownCity = await startup.PostAsJsonAsync("/api/interests", new ExpressInterestRequest(Guid.NewGuid(), null, Guid.NewGuid(), "seoul", null));
        var unknown = await startup.PostAsJsonAsync("/api/interests", new ExpressInterestRequest(Guid.NewGuid(), null, Guid.NewGuid(), "taipei", null));

        Assert.Equal(["challengeCity", "challengeId", "solutionId"], empty.Errors!.Keys.Order());
        await ownCity.AssertBadRequestNamingAsync("challengeCity");
        var problem = await unknown.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["challengeId", "solutionId"], problem.Errors!.Keys.Order());
    }

    /// <summary>A seoul startup's listing and a new-taipei challenge, both held by seoul's catalogue.</summary>
    private async Task<(Contracts.Catalog.SolutionResponse, Contracts.Catalog.ChallengeResponse)> PairAsync()
    {
        var solution = await federation.ListSolutionAsync("seoul");
        var challenge = await federation.PublishChallengeAsync("new-taipei");
        var catalog = federation.AnonymousCatalog("seoul");
        await Eventually.Async(async () => (await catalog.GetAsync($"/api/challenges/{challenge.Id}?city=new-taipei")).IsSuccessStatusCode,
            Propagation, "seoul's catalogue to hold new-taipei's challenge");
        return (solution, challenge);
    }

    private async Task<NotificationResponse> NotificationAsync(string user, string link, string language)
    {
        var identity = await federation.Host.ClientAsync(user, "identity");
        var list = await Eventually.Value(() => identity.GetFromJsonAsync<NotificationList>($"/api/notifications?language={language}")!,
            l => l!.Items.Any(n => n.Link == link), Propagation, $"{user} to be told of {link}");
        return list!.Items.First(n => n.Link == link);
    }

    private static async Task<InterestResponse> ExpressAsync(HttpClient client, ExpressInterestRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/interests", request);
        await Expect(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<InterestResponse>())!;
    }

    private static async Task<InterestResponse> AnswerAsync(HttpClient client, Guid id, string answer, string? note)
    {
        var response = await client.PostAsJsonAsync($"/api/interests/{id}/{answer}", new AnswerInterestRequest(note));
        await Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<InterestResponse>())!;
    }

    private static async Task<InterestResponse?> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/interests/{id}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : (await response.Content.ReadFromJsonAsync<InterestResponse>())!;
    }

    private static async Task<ResultPage<InterestResponse>> ReportAsync(HttpClient secretariat, string query)
    {
        var response = await secretariat.GetAsync($"/api/interests/report?{query}&pageSize=100");
        await Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ResultPage<InterestResponse>>())!;
    }
}
