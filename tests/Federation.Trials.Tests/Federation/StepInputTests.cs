using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>A step whose body lacks what it must say is a 400 naming the field, taken by the right party at the right time, and changes nothing.</summary>
[Collection(nameof(TrialsFederation))]
public sealed class StepInputTests(TrialsFederation federation)
{
    [Fact]
    public async Task A_decline_without_a_reason_is_a_bad_request()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.SubmittedAsync((await federation.ListSolutionAsync("seoul")).Id);

        await ExpectInvalid(await RefusedAsync(stages.HomeAgency, id, "decline", new DeclineRequest(null), HttpStatusCode.BadRequest), "reason");

        Assert.Equal("submitted", (await GetAsync(stages.Startup, id))!.Status);
    }

    [Fact]
    public async Task A_dispute_without_a_note_is_a_bad_request()
    {
        var stages = await Stages.SignInAsync(federation);
        var (id, measurement) = await stages.MeasuredAsync((await federation.ListSolutionAsync("seoul")).Id);

        var response = await RefusedAsync(stages.HostAgency, id, $"measurements/{measurement}/review",
            new ReviewMeasurementRequest(false, null), HttpStatusCode.BadRequest);

        await ExpectInvalid(response, "note");
        Assert.Equal("pending", (await GetAsync(stages.HostAgency, id))!.Measurements.Single().Review);
    }

    [Fact]
    public async Task A_verdict_without_findings_is_a_bad_request()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.ReportedAsync((await federation.ListSolutionAsync("seoul")).Id);

        var response = await RefusedAsync(stages.HostAgency, id, "verify", new VerifyRequest(true, null), HttpStatusCode.BadRequest);

        await ExpectInvalid(response, "findings");
        var host = await GetAsync(stages.HostAgency, id);
        Assert.Equal(("reported", null), (host!.Status, host.Certificate));
    }

    [Fact]
    public async Task An_outcome_outside_the_vocabulary_is_a_bad_request()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.ClosedAsync((await federation.ListSolutionAsync("seoul")).Id);

        var response = await RefusedAsync(stages.HostAgency, id, "outcome", new RecordOutcomeRequest("bought", Today, null), HttpStatusCode.BadRequest);

        await ExpectInvalid(response, "outcome");
        Assert.Null((await GetAsync(stages.HostAgency, id))!.Outcome);
    }
}
