using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// Every body a party writes also carries the fields only the server sets (ids, status, cities, organisation,
/// times, flags, the signature...): each is refused by name, and the clean step changes only what it writes.
/// </summary>
[Collection(nameof(TrialsFederation))]
public sealed class MassAssignmentTests(TrialsFederation federation)
{
    private static readonly Guid ForgedId = Guid.Parse("0badc0de-0000-4000-8000-000000000001");

    // None of these is a field of any trial request; "hostCity", "confirmed" and "outcome" are added where they are not one.
    private static readonly string Forged = $$"""
        {"id": "{{ForgedId}}", "status": "verified", "homeCity": "taipei", "applicantOrganisation": "taipei startup",
         "organisation": "taipei startup", "version": 99, "progress": 100, "overdue": true,
         "endorsed": true, "accepted": true, "verified": true, "review": "confirmed", "reviewNote": "Forged",
         "createdAt": "2001-01-01T00:00:00Z", "updatedAt": "2001-01-01T00:00:00Z", "submittedAt": "2001-01-01T00:00:00Z",
         "screeningDeadline": "2001-01-01T00:00:00Z", "acceptedAt": "2001-01-01T00:00:00Z", "reportedAt": "2001-01-01T00:00:00Z",
         "reviewedAt": "2001-01-01T00:00:00Z", "verifiedAt": "2001-01-01T00:00:00Z", "recordedAt": "2001-01-01T00:00:00Z",
         "closedAt": "2001-01-01T00:00:00Z", "solutionTitle": {"en": "Forged title"},
         "endorsement": {"agency": "Forged office", "endorsedAt": "2001-01-01T00:00:00Z"},
         "agreement": {"hostAgency": "Forged office", "costSharePercent": 0}, "acceptedBy": {"userId": "forged", "organisation": "Forged office"},
         "measurements": [{"id": "{{ForgedId}}", "kpi": "Average waiting time", "value": 1, "review": "confirmed"}],
         "finalReport": {"summary": "Forged", "submittedAt": "2001-01-01T00:00:00Z"},
         "verdict": {"verdict": "passed", "findings": "Forged", "verifiedAt": "2001-01-01T00:00:00Z"},
         "certificate": {"signerCity": "seoul", "signature": "Zm9yZ2Vk", "keyFingerprint": "forged"},
         "signature": "Zm9yZ2Vk", "signerCity": "seoul", "keyFingerprint": "forged"}
        """;

    private static void Recent(DateTimeOffset? at, DateTimeOffset since) =>
        Assert.InRange(at!.Value, since.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));

    private static async Task<TrialResponse> SendAsync(HttpClient client, HttpMethod method, string path, object body, string forged, HttpStatusCode status)
    {
        var response = await ForgedFields.SendAsync(client, method, path, JsonWith(body, Forged, forged));
        await Expect(response, status);
        return (await response.Content.ReadFromJsonAsync<TrialResponse>())!;
    }

    private static Task<TrialResponse> PostAsync(HttpClient client, Guid id, string step, object body, string forged = "{}") =>
        SendAsync(client, HttpMethod.Post, $"/api/trials/{id}/{step}", body, forged, HttpStatusCode.OK);

    [Fact]
    public async Task A_new_draft_takes_nothing_the_server_sets_from_the_applicant()
    {
        var solution = await federation.ListSolutionAsync("seoul");
        var startup = await federation.TrialsAs("startup@seoul");
        var since = DateTimeOffset.UtcNow;

        var draft = await SendAsync(startup, HttpMethod.Post, "/api/trials", Application(solution.Id), "{}", HttpStatusCode.Created);

        Assert.NotEqual(ForgedId, draft.Id);
        Assert.False(await federation.HoldsAsync("seoul", ForgedId));
        Assert.Equal(("draft", "seoul", "taipei", "seoul startup"), (draft.Status, draft.HomeCity, draft.HostCity, draft.ApplicantOrganisation));
        Assert.Equal("Smart bus stop", draft.SolutionTitle["en"]);
        Recent(draft.CreatedAt, since);
        Recent(draft.UpdatedAt, since);
        Assert.True(draft is { SubmittedAt: null, ScreeningDeadline: null, Endorsement: null, Agreement: null, FinalReport: null,
            Verdict: null, Certificate: null, Outcome: null, ClosedAt: null, Overdue: false, Measurements: [], Kpis: [] });
    }

    [Fact]
    public async Task An_edited_draft_changes_only_what_the_applicant_writes()
    {
        var solution = await federation.ListSolutionAsync("seoul");
        var startup = await federation.TrialsAs("startup@seoul");
        var id = (await ApplyAsync(startup, Application(solution.Id))).Id;
        var before = await SnapshotAsync(startup, id, "goals", "updatedAt");

        var edited = await SendAsync(startup, HttpMethod.Put, $"/api/trials/{id}",
            Application(solution.Id) with { Goals = "Shorter waits on line 216" }, "{}", HttpStatusCode.OK);

        Assert.Equal(("Shorter waits on line 216", id), (edited.Goals, edited.Id));
        Assert.Equal(before, await SnapshotAsync(startup, id, "goals", "updatedAt"));
        Assert.False(await federation.HoldsAsync("seoul", ForgedId));
    }

    [Fact]
    public async Task An_agreement_sets_only_its_terms()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.InScreeningAsync((await federation.ListSolutionAsync("seoul")).Id);
        string[] written = ["status", "agreement", "kpis", "updatedAt", "overdue"];
        var before = await SnapshotAsync(stages.HostAgency, id, written);
        var since = DateTimeOffset.UtcNow;

        // Starting next week keeps it accepted: the start sweep has nothing to do.
        var accepted = await PostAsync(stages.HostAgency, id, "accept", Agreement(Today.AddDays(7)), """{"hostCity": "seoul"}""");

        Assert.Equal(("accepted", "seoul", "taipei"), (accepted.Status, accepted.HomeCity, accepted.HostCity));
        Assert.Equal(("taipei smart city office", 40m), (accepted.Agreement!.HostAgency, accepted.Agreement.CostSharePercent));
        Recent(accepted.Agreement.AcceptedAt, since);
        Assert.Equal(before, await SnapshotAsync(stages.HostAgency, id, written));
        var home = await EventuallyAsync(stages.Startup, id, t => t.Agreement is not null, "seoul to learn of the acceptance");
        Assert.Equal(accepted.Agreement.AcceptedAt, home!.Agreement!.AcceptedAt);
    }

    [Fact]
    public async Task A_reported_measurement_takes_no_id_review_or_time_from_its_reporter()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.AcceptedAsync((await federation.ListSolutionAsync("seoul")).Id);
        string[] written = ["status", "measurements", "kpis", "updatedAt"];
        var before = await SnapshotAsync(stages.Startup, id, written);
        var since = DateTimeOffset.UtcNow;

        var reported = await PostAsync(stages.Startup, id, "measurements",
            new ReportMeasurementRequest("Average waiting time", 9.5m, null, null), """{"confirmed": true}""");

        var measurement = Assert.Single(reported.Measurements);
        Assert.NotEqual(ForgedId, measurement.Id);
        Assert.Equal(("pending", null, null, 9.5m), (measurement.Review, measurement.ReviewNote, measurement.ReviewedAt, measurement.Value));
        Recent(measurement.ReportedAt, since);
        Assert.Equal("running", reported.Status);
        // Progress counts confirmed values only: the forged "progress" and "confirmed" gave it none.
        Assert.All(reported.Kpis, k => Assert.Null(k.ProgressPercent));
        Assert.Equal(before, await SnapshotAsync(stages.Startup, id, written));
        var host = await EventuallyAsync(stages.HostAgency, id, t => t.Measurements.Count == 1, "taipei to receive the measurement");
        Assert.Equal((measurement.Id, "pending"), (host!.Measurements[0].Id, host.Measurements[0].Review));
    }

    [Fact]
    public async Task A_review_changes_only_the_review_of_the_measurement()
    {
        var stages = await Stages.SignInAsync(federation);
        var (id, measurementId) = await stages.MeasuredAsync((await federation.ListSolutionAsync("seoul")).Id);
        string[] written = ["measurements", "kpis", "updatedAt"];
        var before = await SnapshotAsync(stages.HostAgency, id, written);
        var measured = (await GetAsync(stages.HostAgency, id))!.Measurements.Single();
        var since = DateTimeOffset.UtcNow;

        var reviewed = await PostAsync(stages.HostAgency, id, $"measurements/{measurementId}/review", new ReviewMeasurementRequest(true, null),
            """{"value": 100, "kpi": "Daily riders", "measuredAt": "2001-01-01T00:00:00Z", "evidenceUrl": "https://forged.example"}""");

        var measurement = reviewed.Measurements.Single();
        Assert.Equal(measured with { Review = "confirmed", ReviewedAt = measurement.ReviewedAt }, measurement);
        Recent(measurement.ReviewedAt, since);
        Assert.Equal(before, await SnapshotAsync(stages.HostAgency, id, written));
    }

    [Fact]
    public async Task A_final_report_sets_only_its_summary()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.AcceptedAsync((await federation.ListSolutionAsync("seoul")).Id);
        string[] written = ["status", "finalReport", "updatedAt"];
        var before = await SnapshotAsync(stages.Startup, id, written);
        var since = DateTimeOffset.UtcNow;

        var reported = await PostAsync(stages.Startup, id, "report", new FinalReportRequest("Waiting fell to 9.5 minutes."));

        Assert.Equal(("reported", "Waiting fell to 9.5 minutes."), (reported.Status, reported.FinalReport!.Summary));
        Recent(reported.FinalReport.SubmittedAt, since);
        Assert.True(reported is { Verdict: null, Certificate: null, ClosedAt: null });
        Assert.Equal(before, await SnapshotAsync(stages.Startup, id, written));
    }

    [Fact]
    public async Task A_verdict_is_signed_by_the_host_node_whatever_signature_the_body_carries()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.ReportedAsync((await federation.ListSolutionAsync("seoul")).Id);
        string[] written = ["status", "verdict", "certificate", "updatedAt"];
        var before = await SnapshotAsync(stages.HostAgency, id, written);
        var since = DateTimeOffset.UtcNow;

        var verified = await PostAsync(stages.HostAgency, id, "verify", new VerifyRequest(true, "Waiting cut by 21 %."));

        Assert.Equal(("verified", "passed"), (verified.Status, verified.Verdict!.Verdict));
        Recent(verified.Verdict.VerifiedAt, since);
        Assert.Null(verified.ClosedAt);
        Assert.Equal(before, await SnapshotAsync(stages.HostAgency, id, written));
        var check = await federation.Anonymous("new-taipei").PostAsJsonAsync("/api/trials/certificates/verify", verified.Certificate);
        var answer = (await check.Content.ReadFromJsonAsync<VerifyCertificateResponse>())!;
        Assert.True(answer.Valid, answer.Reason);
        Assert.Equal("taipei", answer.SignerCity);
    }

    [Fact]
    public async Task An_outcome_sets_only_what_followed_the_trial()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.ClosedAsync((await federation.ListSolutionAsync("seoul")).Id);
        string[] written = ["outcome", "updatedAt"];
        var before = await SnapshotAsync(stages.HostAgency, id, written);
        var since = DateTimeOffset.UtcNow;

        var recorded = await PostAsync(stages.HostAgency, id, "outcome", new RecordOutcomeRequest("procured", Today, "Forty stops bought."));

        Assert.Equal(("procured", Today, "Forty stops bought."), (recorded.Outcome!.Outcome, recorded.Outcome.Date, recorded.Outcome.Note));
        Recent(recorded.Outcome.RecordedAt, since);
        Assert.Equal(before, await SnapshotAsync(stages.HostAgency, id, written));
    }
}
