using System.Text;
using System.Text.Json.Nodes;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>An application the service cannot take is a 400 naming the request field, and no trial is saved.</summary>
[Collection(nameof(TrialsFederation))]
public sealed class InputTests(TrialsFederation federation)
{
    private async Task<HttpResponseMessage> ApplyWithAsync(Guid solutionId, string json)
    {
        var application = JsonSerializer.SerializeToNode(Application(solutionId), JsonSerializerOptions.Web)!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(json)!.AsObject()) application[key] = value?.DeepClone();
        return await PostAsync(application.ToJsonString());
    }

    private async Task<HttpResponseMessage> PostAsync(string body) =>
        await (await federation.TrialsAs("startup@seoul")).PostAsync("/api/trials", new StringContent(body, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task The_application_these_tests_spoil_is_accepted()
    {
        var solution = await federation.ListSolutionAsync("seoul");

        await Expect(await ApplyWithAsync(solution.Id, "{}"), HttpStatusCode.Created);
    }

    public static TheoryData<string, string> SpoiledApplications => new()
    {
        { """{"hostCity": null}""", "hostCity" },
        { """{"hostCity": "seoul"}""", "hostCity" },
        { """{"hostCity": "atlantis"}""", "hostCity" },
        { """{"challengeId": "6f1c2b0e-8a55-4d2e-9a4b-2f1f6c0d9e01"}""", "challengeId" },
        { """{"kpis": []}""", "kpis" },
        { """{"kpis": [{"name": "Average waiting time", "unit": "min", "baseline": 12, "target": 12}]}""", "kpis[0].target" },
        { """{"durationMonths": 13}""", "durationMonths" },
        { """{"durationMonths": "six"}""", "durationMonths" },
        { """{"costSharePercent": 150}""", "costSharePercent" },
    };

    [Theory]
    [MemberData(nameof(SpoiledApplications))]
    public async Task An_application_with_a_bad_field_is_a_bad_request_naming_it(string change, string field)
    {
        var solution = await federation.ListSolutionAsync("seoul");

        var response = await ApplyWithAsync(solution.Id, change);

        await ExpectInvalid(response, field);
        Assert.Equal(0, await federation.TrialsOfAsync("seoul", solution.Id));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_bad_request()
    {
        var solution = await federation.ListSolutionAsync("seoul");

        var response = await PostAsync($"hostCity=taipei&solutionId={solution.Id}");

        await ExpectInvalid(response, "body");
        Assert.Equal(0, await federation.TrialsOfAsync("seoul", solution.Id));
    }

    [Fact]
    public async Task Another_citys_listing_is_not_the_applicants_solution()
    {
        var taipeiListing = await federation.ListSolutionAsync("taipei");
        // Seoul's catalogue holds it too: only its owner makes it the wrong one.
        await Eventually.Async(async () => (await federation.AnonymousCatalog("seoul").GetAsync($"/api/solutions/{taipeiListing.Id}?city=taipei")).IsSuccessStatusCode,
            Propagation, "seoul's catalogue to hold taipei's listing");

        var response = await ApplyWithAsync(taipeiListing.Id, "{}");

        await ExpectInvalid(response, "solutionId");
        Assert.Equal(0, await federation.TrialsOfAsync("seoul", taipeiListing.Id));
    }

    [Fact]
    public async Task A_withdrawn_listing_cannot_be_applied_with()
    {
        var solution = await federation.ListSolutionAsync("seoul");
        await Expect(await (await federation.CatalogAs("agency@seoul")).DeleteAsync($"/api/solutions/{solution.Id}"), HttpStatusCode.NoContent);

        var response = await ApplyWithAsync(solution.Id, "{}");

        await ExpectInvalid(response, "solutionId");
        Assert.Equal(0, await federation.TrialsOfAsync("seoul", solution.Id));
    }

    [Fact]
    public async Task Only_a_challenge_of_the_host_city_can_be_answered()
    {
        var solution = await federation.ListSolutionAsync("seoul");
        var taipeiChallenge = await federation.PublishChallengeAsync("taipei");
        var seoulChallenge = await federation.PublishChallengeAsync("seoul");
        await Eventually.Async(async () => (await federation.AnonymousCatalog("seoul").GetAsync($"/api/challenges/{taipeiChallenge.Id}?city=taipei")).IsSuccessStatusCode,
            Propagation, "seoul's catalogue to hold taipei's challenge");

        var answered = await ApplyWithAsync(solution.Id, $$"""{"challengeId": "{{taipeiChallenge.Id}}"}""");
        var misdirected = await ApplyWithAsync(solution.Id, $$"""{"challengeId": "{{seoulChallenge.Id}}"}""");

        await Expect(answered, HttpStatusCode.Created);
        await ExpectInvalid(misdirected, "challengeId");
        Assert.Equal(1, await federation.TrialsOfAsync("seoul", solution.Id));
    }

    [Theory]
    [InlineData("/api/trials?page=abc", "page")]
    [InlineData("/api/trials/verified?city=notacity", "city")]
    [InlineData("/api/trials/verified?pageSize=101", "pageSize")]
    public async Task A_list_with_a_bad_query_is_a_bad_request_naming_it(string path, string field)
    {
        var startup = await federation.TrialsAs("startup@seoul");

        await ExpectInvalid(await startup.GetAsync(path), field);
    }
}
