using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// Takes a new seoul->taipei trial of a given solution to the stage where a test's behaviour begins, step
/// by step as <see cref="JourneyTests"/> does, waiting for each step to reach the other city.
/// </summary>
internal sealed class Stages(HttpClient startup, HttpClient homeAgency, HttpClient hostAgency)
{
    /// <summary>startup@seoul, who applies and reports.</summary>
    public HttpClient Startup => startup;

    /// <summary>agency@seoul, who endorses or declines.</summary>
    public HttpClient HomeAgency => homeAgency;

    /// <summary>agency@taipei, who screens, reviews and verifies.</summary>
    public HttpClient HostAgency => hostAgency;

    public static async Task<Stages> SignInAsync(TrialsFederation federation) => new(
        await federation.TrialsAs("startup@seoul"), await federation.TrialsAs("agency@seoul"), await federation.TrialsAs("agency@taipei"));

    public async Task<Guid> SubmittedAsync(Guid solutionId)
    {
        var draft = await ApplyAsync(startup, Application(solutionId));
        await StepAsync(startup, draft.Id, "submit");
        return draft.Id;
    }

    /// <summary>Endorsed at home, screened in taipei, and seoul knows the deadline.</summary>
    public async Task<Guid> InScreeningAsync(Guid solutionId)
    {
        var id = await SubmittedAsync(solutionId);
        await StepAsync(homeAgency, id, "endorse", new EndorseRequest(null));
        await EventuallyAsync(hostAgency, id, t => t.Status == "screening", "taipei to receive the application");
        await EventuallyAsync(startup, id, t => t.Status == "screening", "seoul to learn of the screening");
        return id;
    }

    /// <summary>Accepted by taipei on <see cref="Api.Agreement"/>, and seoul knows it.</summary>
    public async Task<Guid> AcceptedAsync(Guid solutionId, DateOnly? start = null)
    {
        var id = await InScreeningAsync(solutionId);
        await StepAsync(hostAgency, id, "accept", Agreement(start));
        await EventuallyAsync(startup, id, t => t.Agreement is not null, "seoul to learn of the acceptance");
        return id;
    }

    /// <summary>Running, with one measurement that taipei holds and has not reviewed yet.</summary>
    public async Task<(Guid Trial, Guid Measurement)> MeasuredAsync(Guid solutionId)
    {
        var id = await AcceptedAsync(solutionId);
        var measured = await StepAsync(startup, id, "measurements", new ReportMeasurementRequest("Average waiting time", 9.5m, null, null));
        var measurement = measured.Measurements.Single().Id;
        await EventuallyAsync(hostAgency, id, t => t.Measurements.Any(m => m.Id == measurement), "taipei to receive the measurement");
        return (id, measurement);
    }

    /// <summary>Its one measurement confirmed and the final report in taipei's hands, awaiting the verdict.</summary>
    public async Task<Guid> ReportedAsync(Guid solutionId)
    {
        var (id, measurement) = await MeasuredAsync(solutionId);
        await StepAsync(hostAgency, id, $"measurements/{measurement}/review", new ReviewMeasurementRequest(true, null));
        // Seoul's copy settles first, so that the report does not race the review arriving there.
        await EventuallyAsync(startup, id, t => t.Measurements.Single().Review == "confirmed", "seoul to learn of the review");
        await StepAsync(startup, id, "report", new FinalReportRequest("Waiting fell from 12 to 9.5 minutes."));
        await EventuallyAsync(hostAgency, id, t => t.Status == "reported", "taipei to receive the final report");
        return id;
    }

    /// <summary>Verified (passed) and closed by taipei.</summary>
    public async Task<Guid> ClosedAsync(Guid solutionId)
    {
        var id = await ReportedAsync(solutionId);
        await StepAsync(hostAgency, id, "verify", new VerifyRequest(true, "Waiting time cut by 21 %."));
        await StepAsync(hostAgency, id, "close");
        return id;
    }
}
