using System.Security.Claims;
using Federation.ServiceDefaults.Steps;
using Federation.Trials.Common;
using Federation.Trials.Features.Running;
using Federation.Trials.Tests.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Storage;

/// <summary>The step pipeline against a message from the other city changing the trial between its read and its save.</summary>
public sealed class StepRetryTests : IDisposable
{
    private readonly TrialFiles _files = new();

    [Fact]
    public async Task A_review_racing_a_new_measurement_is_taken_again_on_the_fresh_copy()
    {
        var (host, pending) = await RunningAtTaipeiAsync();

        var (reads, answer) = await ReviewAsync(host.Id, pending, raced: read => read == 1);

        Assert.Equal((2, 3), (reads, Assert.IsType<Ok<int>>(answer).Value));
        var read = await _files.LoadAsync("taipei", host.Id);
        Assert.Equal((3, ReviewState.Confirmed), (read.Measurements.Count, read.Measurements.Single(m => m.Id == pending).Review));
    }

    [Fact]
    public async Task A_step_losing_every_race_is_answered_changed_meanwhile_after_three_attempts()
    {
        var (host, pending) = await RunningAtTaipeiAsync();

        var (reads, answer) = await ReviewAsync(host.Id, pending, raced: _ => true);

        var problem = Assert.IsType<ProblemHttpResult>(answer);
        Assert.Equal((3, 409, "Changed meanwhile"), (reads, problem.StatusCode, problem.ProblemDetails.Title));
        Assert.Equal(ReviewState.Pending, (await _files.LoadAsync("taipei", host.Id)).Measurements.Single(m => m.Id == pending).Review);
    }

    /// <summary>The host agency confirms a value through the pipeline; after the reads <paramref name="raced"/> picks, a measurement is heard first.</summary>
    private async Task<(int Reads, IResult Answer)> ReviewAsync(Guid trialId, Guid pending, Func<int, bool> raced)
    {
        await using var endpoint = _files.Open("taipei");
        var reads = 0;
        var answer = await new AggregateSteps(endpoint, TimeProvider.System, TrialSteps.Conventions).RunAsync(new ClaimsPrincipal(),
            async ct =>
            {
                var trial = await endpoint.Trials.SingleAsync(t => t.Id == trialId, ct);
                if (raced(++reads)) await MeasurementHeardAsync(trialId);
                return Found.Of(trial, "trial", trialId);
            },
            (t, _, _) => t.ReviewMeasurement(Cast.HostAgency, pending, ReviewState.Confirmed, null, DuringTrial), null,
            (t, _) => TypedResults.Ok(t.Measurements.Count), CancellationToken.None);
        return (reads, answer.Result);
    }

    private async Task<(Trial Host, Guid Pending)> RunningAtTaipeiAsync()
    {
        var (_, host) = At(TrialStatus.Running);
        await _files.SaveAsync("taipei", host!);
        return (host!, host!.Measurements.Single(m => m.Review == ReviewState.Pending).Id);
    }

    // What the host's consumer does when the applicant's city reports a value: another context, saved first.
    private Task MeasurementHeardAsync(Guid trialId) => _files.ChangeAsync("taipei", trialId,
        t => t.ApplyMeasurementReported(Guid.NewGuid(), new MeasurementInput(WaitingTime.Name, 9m, DuringTrial), DuringTrial));

    public void Dispose() => _files.Dispose();
}
