using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>Each step belongs to one party of one city; anyone else is refused, and the right party still succeeds.</summary>
[Collection(nameof(TrialsFederation))]
public sealed class AuthorizationTests(TrialsFederation federation)
{
    [Fact]
    public async Task A_host_city_startup_cannot_accept_an_application()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.InScreeningAsync((await federation.ListSolutionAsync("seoul")).Id);
        var taipeiStartup = await federation.TrialsAs("startup@taipei");

        await RefusedAsync(taipeiStartup, id, "accept", Agreement(), HttpStatusCode.Forbidden);

        Assert.Equal("screening", (await GetAsync(stages.HostAgency, id))!.Status);
        await StepAsync(stages.HostAgency, id, "accept", Agreement());
    }

    [Fact]
    public async Task The_home_agency_cannot_accept_on_its_own_copy()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.InScreeningAsync((await federation.ListSolutionAsync("seoul")).Id);

        // Accepting is the host's step: seoul's copy only learns of it.
        await RefusedAsync(stages.HomeAgency, id, "accept", Agreement(), HttpStatusCode.Forbidden);

        Assert.Equal("screening", (await GetAsync(stages.Startup, id))!.Status);
    }

    [Fact]
    public async Task An_agency_cannot_report_a_measurement()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.AcceptedAsync((await federation.ListSolutionAsync("seoul")).Id);
        var report = new ReportMeasurementRequest("Average waiting time", 9.5m, null, null);

        await RefusedAsync(stages.HomeAgency, id, "measurements", report, HttpStatusCode.Forbidden);

        Assert.Empty((await GetAsync(stages.Startup, id))!.Measurements);
        await StepAsync(stages.Startup, id, "measurements", report);
    }

    [Fact]
    public async Task A_judge_cannot_take_a_step()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.SubmittedAsync((await federation.ListSolutionAsync("seoul")).Id);
        var judge = await federation.TrialsAs("judge@seoul");

        await RefusedAsync(judge, id, "endorse", new EndorseRequest(null), HttpStatusCode.Forbidden);
        await Expect(await judge.GetAsync("/api/trials"), HttpStatusCode.Forbidden);

        Assert.Equal("submitted", (await GetAsync(stages.Startup, id))!.Status);
    }

    [Fact]
    public async Task A_token_from_another_citys_node_is_not_accepted()
    {
        var solution = await federation.ListSolutionAsync("seoul");
        var taipeiStartupInSeoul = await federation.TrialsAt("seoul", "startup@taipei");
        var taipeiAgencyInSeoul = await federation.TrialsAt("seoul", "agency@taipei");
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.SubmittedAsync(solution.Id);

        await Expect(await taipeiStartupInSeoul.PostAsJsonAsync("/api/trials", Application(solution.Id)), HttpStatusCode.Unauthorized);
        await Expect(await taipeiStartupInSeoul.GetAsync("/api/trials"), HttpStatusCode.Unauthorized);
        await RefusedAsync(taipeiAgencyInSeoul, id, "endorse", new EndorseRequest(null), HttpStatusCode.Unauthorized);

        Assert.Equal(1, await federation.TrialsOfAsync("seoul", solution.Id));
        Assert.Equal("submitted", (await GetAsync(stages.Startup, id))!.Status);
        // The same token is good at its own city's node.
        await Expect(await (await federation.TrialsAs("startup@taipei")).GetAsync("/api/trials"), HttpStatusCode.OK);
    }
}
