using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>A seoul startup's trial in taipei, from application to certificate, across real brokers.</summary>
[Collection(nameof(TrialsFederation))]
public sealed class JourneyTests(TrialsFederation federation) : JourneyTests<TrialsFederation>(federation);

/// <summary>The same journey with every service of the three cities on PostgreSQL.</summary>
[Collection(nameof(TrialsFederationOnPostgres))]
public sealed class JourneyTestsOnPostgres(TrialsFederationOnPostgres federation) : JourneyTests<TrialsFederationOnPostgres>(federation);

public abstract class JourneyTests<TFederation>(TFederation federation) where TFederation : TrialsFederation
{
    [Fact]
    public async Task A_seoul_startup_proves_its_solution_in_taipei_and_new_taipei_verifies_the_certificate()
    {
        var startup = await federation.TrialsAs("startup@seoul");
        var seoulAgency = await federation.TrialsAs("agency@seoul");
        var taipeiAgency = await federation.TrialsAs("agency@taipei");
        var solution = await federation.ListSolutionAsync("seoul");

        // At home: the startup applies and submits, its city's agency endorses.
        var draft = await ApplyAsync(startup, Application(solution.Id));
        Assert.Equal(("draft", "seoul", "taipei"), (draft.Status, draft.HomeCity, draft.HostCity));
        Assert.Equal("Smart bus stop", draft.SolutionTitle["en"]);
        await StepAsync(startup, draft.Id, "submit");
        var endorsed = await StepAsync(seoulAgency, draft.Id, "endorse", new EndorseRequest("Fits our cross-verification call"));
        Assert.Equal("endorsed", endorsed.Status);

        // In taipei: it arrives for screening, and seoul learns the deadline.
        var incoming = await EventuallyAsync(taipeiAgency, draft.Id, t => t.Status == "screening", "taipei to receive the application");
        Assert.Equal("Fits our cross-verification call", incoming!.Endorsement!.Note);
        await EventuallyAsync(startup, draft.Id, t => t.ScreeningDeadline == incoming.ScreeningDeadline, "seoul to learn of the screening");
        var accepted = await StepAsync(taipeiAgency, draft.Id, "accept", Agreement());
        Assert.Equal(("accepted", "taipei smart city office"), (accepted.Status, accepted.Agreement!.HostAgency));
        await EventuallyAsync(startup, draft.Id, t => t.Status == "accepted", "seoul to learn of the acceptance");

        // The trial runs: the startup reports at home, taipei confirms.
        var measured = await StepAsync(startup, draft.Id, "measurements", new ReportMeasurementRequest("Average waiting time", 9.5m, null, "https://example.org/log.csv"));
        Assert.Equal("running", measured.Status);
        var measurement = Assert.Single(measured.Measurements);
        await EventuallyAsync(taipeiAgency, draft.Id, t => t.Measurements.Count == 1, "taipei to receive the measurement");
        var reviewed = await StepAsync(taipeiAgency, draft.Id, $"measurements/{measurement.Id}/review", new ReviewMeasurementRequest(true, null));
        Assert.Equal(62.5m, reviewed.Kpis.Single(k => k.Kpi.Name == "Average waiting time").ProgressPercent);
        await EventuallyAsync(startup, draft.Id, t => t.Measurements.Single().Review == "confirmed", "seoul to learn of the review");
        await StepAsync(startup, draft.Id, "report", new FinalReportRequest("Waiting fell from 12 to 9.5 minutes."));
        await EventuallyAsync(taipeiAgency, draft.Id, t => t.Status == "reported", "taipei to receive the final report");

        // Taipei's verdict, signed by taipei's node.
        var verified = await StepAsync(taipeiAgency, draft.Id, "verify", new VerifyRequest(true, "Waiting time cut by 21 %."));
        Assert.Equal(("verified", "taipei"), (verified.Status, verified.Certificate!.SignerCity));
        var home = await EventuallyAsync(startup, draft.Id, t => t.Status == "verified" && t.Certificate is not null, "seoul to learn of the verdict");
        Assert.Equal((verified.Certificate.Signature, verified.Certificate.Certificate.CertificateId),
            (home!.Certificate!.Signature, home.Certificate.Certificate.CertificateId));

        // New-taipei, which took no part, holds the certificate publicly and confirms taipei signed it.
        var newTaipei = federation.Anonymous("new-taipei");
        var file = await Eventually.Value(() => newTaipei.GetAsync($"/api/trials/verified/{draft.Id}/certificate"),
            r => r.StatusCode == HttpStatusCode.OK, Propagation, "new-taipei to hold the certificate");
        var certificate = (await file.Content.ReadFromJsonAsync<SignedCertificate>())!;
        var check = await (await newTaipei.PostAsJsonAsync("/api/trials/certificates/verify", certificate)).Content.ReadFromJsonAsync<VerifyCertificateResponse>();
        Assert.True(check!.Valid, check.Reason);
        Assert.Equal("taipei", check.SignerCity);
        var listed = await newTaipei.GetFromJsonAsync<ResultPage<VerifiedTrialResponse>>("/api/trials/verified?city=taipei&pageSize=100");
        Assert.Contains(listed!.Items, v => v.TrialId == draft.Id && v.Verdict == "passed");

        // Every catalogue shows the solution as verified in taipei.
        await Eventually.Value(() => federation.AnonymousCatalog("new-taipei").GetFromJsonAsync<SolutionResponse>($"/api/solutions/{solution.Id}?city=seoul"),
            s => s!.Verifications.Any(v => v.TrialId == draft.Id && v.HostCity == "taipei"), Propagation, "new-taipei's catalogue to show the verification");

        // Closed, and what followed is public.
        await StepAsync(taipeiAgency, draft.Id, "close");
        await EventuallyAsync(startup, draft.Id, t => t.Status == "closed", "seoul to learn of the closing");
        await StepAsync(taipeiAgency, draft.Id, "outcome", new RecordOutcomeRequest("procured", Today, "Bought for 40 stops"));
        await Eventually.Value(() => newTaipei.GetFromJsonAsync<VerifiedTrialResponse>($"/api/trials/verified/{draft.Id}"),
            v => v!.Outcome?.Outcome == "procured", Propagation, "new-taipei to learn the outcome");
        await EventuallyAsync(startup, draft.Id, t => t.Outcome?.Outcome == "procured", "seoul to learn the outcome");

        // The application itself never reached the third city.
        Assert.False(await federation.Trials("new-taipei").WithScopeAsync<TrialsDbContext, bool>(db => db.Trials.AnyAsync(t => t.Id == draft.Id)));
    }
}
