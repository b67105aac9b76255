using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>The right party taking a step the trial is not ready for (or past) is a 409, and the trial stays as it was.</summary>
[Collection(nameof(TrialsFederation))]
public sealed class TransitionTests(TrialsFederation federation)
{
    private static readonly ReportMeasurementRequest Waiting = new("Average waiting time", 9.5m, null, null);

    [Fact]
    public async Task Endorsing_a_draft_is_a_conflict()
    {
        var stages = await Stages.SignInAsync(federation);
        var draft = await ApplyAsync(stages.Startup, Application((await federation.ListSolutionAsync("seoul")).Id));

        await RefusedAsync(stages.HomeAgency, draft.Id, "endorse", new EndorseRequest(null), HttpStatusCode.Conflict);

        Assert.Equal("draft", (await GetAsync(stages.Startup, draft.Id))!.Status);
    }

    [Fact]
    public async Task Submitting_twice_is_a_conflict()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.SubmittedAsync((await federation.ListSolutionAsync("seoul")).Id);

        await RefusedAsync(stages.Startup, id, "submit", null, HttpStatusCode.Conflict);

        Assert.Equal("submitted", (await GetAsync(stages.Startup, id))!.Status);
    }

    [Fact]
    public async Task Accepting_twice_is_a_conflict()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.InScreeningAsync((await federation.ListSolutionAsync("seoul")).Id);
        var accepted = await StepAsync(stages.HostAgency, id, "accept", Agreement());

        await RefusedAsync(stages.HostAgency, id, "accept", Agreement(Today.AddDays(1)), HttpStatusCode.Conflict);

        Assert.Equal(accepted.Agreement!.StartDate, (await GetAsync(stages.HostAgency, id))!.Agreement!.StartDate);
    }

    [Fact]
    public async Task Verifying_a_running_trial_is_a_conflict()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.AcceptedAsync((await federation.ListSolutionAsync("seoul")).Id);
        await StepAsync(stages.Startup, id, "measurements", Waiting);
        await EventuallyAsync(stages.HostAgency, id, t => t.Status == "running", "taipei's copy to be running");

        await RefusedAsync(stages.HostAgency, id, "verify", new VerifyRequest(true, "Looks good so far"), HttpStatusCode.Conflict);

        var host = await GetAsync(stages.HostAgency, id);
        Assert.Equal(("running", null), (host!.Status, host.Verdict));
    }

    [Fact]
    public async Task Closing_before_the_verdict_is_a_conflict()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.AcceptedAsync((await federation.ListSolutionAsync("seoul")).Id);

        await RefusedAsync(stages.HostAgency, id, "close", null, HttpStatusCode.Conflict);

        Assert.Null((await GetAsync(stages.HostAgency, id))!.ClosedAt);
    }

    [Fact]
    public async Task Reporting_a_measurement_before_the_agreed_start_date_is_a_conflict()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.AcceptedAsync((await federation.ListSolutionAsync("seoul")).Id, start: Today.AddDays(10));

        await RefusedAsync(stages.Startup, id, "measurements", Waiting, HttpStatusCode.Conflict);

        var home = await GetAsync(stages.Startup, id);
        Assert.Equal(("accepted", 0), (home!.Status, home.Measurements.Count));
    }

    [Fact]
    public async Task The_verdict_waits_until_every_measurement_is_reviewed()
    {
        var stages = await Stages.SignInAsync(federation);
        var (id, measurement) = await stages.MeasuredAsync((await federation.ListSolutionAsync("seoul")).Id);
        await StepAsync(stages.Startup, id, "report", new FinalReportRequest("Waiting fell to 9.5 minutes."));
        await EventuallyAsync(stages.HostAgency, id, t => t.Status == "reported", "taipei to receive the final report");
        var verdict = new VerifyRequest(true, "Waiting time cut by 21 %.");

        await RefusedAsync(stages.HostAgency, id, "verify", verdict, HttpStatusCode.Conflict);
        Assert.Equal("reported", (await GetAsync(stages.HostAgency, id))!.Status);

        await StepAsync(stages.HostAgency, id, $"measurements/{measurement}/review", new ReviewMeasurementRequest(true, null));
        var verified = await StepAsync(stages.HostAgency, id, "verify", verdict);
        Assert.Equal("verified", verified.Status);
    }
}
