using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>A startup's applications are its own organisation's business, even from another startup of its city.</summary>
[Collection(nameof(TrialsFederation))]
public sealed class VisibilityTests(TrialsFederation federation)
{
    /// <summary>Another company of seoul, with a listing of its own to apply with.</summary>
    private async Task<(HttpClient Trials, Guid Listing)> OtherStartupAsync()
    {
        var user = await federation.CreateUserAsync("seoul", "mobility-startup", "startup", "seoul mobility startup");
        return (await federation.TrialsAs(user), (await federation.ListSolutionAsync("seoul", "Mobility's stop", user)).Id);
    }

    [Fact]
    public async Task A_startup_neither_lists_nor_reads_another_organisations_application()
    {
        var solution = await federation.ListSolutionAsync("seoul");
        var startup = await federation.TrialsAs("startup@seoul");
        var (other, theirListing) = await OtherStartupAsync();
        var mine = await ApplyAsync(startup, Application(solution.Id));
        var theirs = await ApplyAsync(other, Application(theirListing));

        var listed = await ListAsync(startup, "pageSize=100");
        var read = await startup.GetAsync($"/api/trials/{theirs.Id}");

        Assert.Contains(listed.Items, t => t.Id == mine.Id);
        Assert.DoesNotContain(listed.Items, t => t.Id == theirs.Id);
        Assert.All(listed.Items, t => Assert.Equal("seoul startup", t.ApplicantOrganisation));
        await Expect(read, HttpStatusCode.NotFound);
        Assert.Equal("seoul mobility startup", (await GetAsync(other, theirs.Id))!.ApplicantOrganisation);
    }

    [Fact]
    public async Task An_application_not_yet_endorsed_is_unknown_in_the_host_city()
    {
        var solution = await federation.ListSolutionAsync("seoul");
        var startup = await federation.TrialsAs("startup@seoul");
        var taipeiAgency = await federation.TrialsAs("agency@taipei");
        var draft = await ApplyAsync(startup, Application(solution.Id));
        await StepAsync(startup, draft.Id, "submit");

        var read = await taipeiAgency.GetAsync($"/api/trials/{draft.Id}");

        await Expect(read, HttpStatusCode.NotFound);
        await RefusedAsync(taipeiAgency, draft.Id, "accept", Agreement(), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_startup_cannot_submit_or_withdraw_another_organisations_application()
    {
        var startup = await federation.TrialsAs("startup@seoul");
        var (other, theirListing) = await OtherStartupAsync();
        var draft = await ApplyAsync(other, Application(theirListing));

        await RefusedAsync(startup, draft.Id, "submit", null, HttpStatusCode.Forbidden);
        await RefusedAsync(startup, draft.Id, "withdraw", new WithdrawRequest("Not ours to keep"), HttpStatusCode.Forbidden);

        Assert.Equal("draft", (await GetAsync(other, draft.Id))!.Status);
    }
}
