namespace Federation.E2E;

/// <summary>
/// A cross-verification trial through the portals of three cities: a Seoul startup proves its solution in
/// Taipei, and New Taipei checks the certificate it was given.
/// </summary>
[Collection(nameof(PortalFederation))]
public sealed class TrialJourneyTests(PortalFederation federation)
{
    [Fact]
    public Task A_seoul_startup_proves_its_solution_in_taipei_and_new_taipei_checks_its_certificate() => federation.RunAsync(async session =>
    {
        var title = $"Smart bus stop {Guid.NewGuid().ToString("N")[..8]}";
        var solutionId = await ListSolutionAsync("startup@seoul", title);

        // The startup applies at its own city's portal: a draft first, then submitted to its agency.
        var startup = await session.SignInAsync("startup@seoul");
        await startup.GotoAsync("/trials/apply");
        await Field(startup, "Host city").SelectOptionAsync("taipei");
        await Field(startup, "Your listed solution").SelectOptionAsync(solutionId);
        await Field(startup, "Goals").FillAsync("Cut waiting at Beitou bus stops");
        await Field(startup, "Requested site").FillAsync("Beitou bus line 216");
        await Field(startup, "KPI 1 name").FillAsync("Average waiting time");
        await Field(startup, "KPI 1 unit").FillAsync("min");
        await Field(startup, "KPI 1 baseline").FillAsync("12");
        await Field(startup, "KPI 1 target").FillAsync("8");
        await Field(startup, "Duration in months").FillAsync("6");
        await Field(startup, "Host city's cost share (%)").FillAsync("50");
        await startup.GetByRole(AriaRole.Button, new() { Name = "Save the draft application" }).ClickAsync();
        await Expect(startup.Confirmation()).ToContainTextAsync("saved as a draft");
        await Expect(startup.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var trialPath = new Uri(startup.Url).AbsolutePath;
        var trialId = trialPath["/trials/".Length..];
        await startup.GetByRole(AriaRole.Link, new() { Name = "Edit the draft" }).ClickAsync();
        await Expect(Field(startup, "Goals")).ToHaveValueAsync("Cut waiting at Beitou bus stops");
        await Field(startup, "Goals").FillAsync("Cut waiting at Beitou bus stops by a third");
        await startup.GetByRole(AriaRole.Button, new() { Name = "Save the draft application" }).ClickAsync();
        await Expect(startup.Confirmation()).ToContainTextAsync("The draft is saved.");
        await Expect(startup.GetByText("Cut waiting at Beitou bus stops by a third")).ToBeVisibleAsync();
        await startup.GetByRole(AriaRole.Button, new() { Name = "Submit to my city's agency" }).ClickAsync();
        await Expect(startup.Confirmation()).ToContainTextAsync("Submitted");

        // Seoul's agency endorses it from its list of applications to endorse: only now does it leave Seoul.
        var seoulAgency = await session.SignInAsync("agency@seoul");
        await seoulAgency.GotoAsync("/trials?show=endorse");
        await seoulAgency.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Field(seoulAgency, "Note for the host city (optional)").FillAsync("Fits our programme");
        await seoulAgency.GetByRole(AriaRole.Button, new() { Name = "Endorse and send to the host city" }).ClickAsync();
        await Expect(seoulAgency.Confirmation()).ToContainTextAsync("Endorsed");

        // Taipei's agency finds it among incoming applications and accepts it on the agreement the form proposes.
        var taipeiAgency = await session.SignInAsync("agency@taipei");
        await taipeiAgency.GotoAsync("/trials?show=incoming");
        var incoming = taipeiAgency.GetByRole(AriaRole.Link, new() { Name = title });
        await taipeiAgency.ReloadUntilVisibleAsync(incoming);
        await incoming.ClickAsync();
        await taipeiAgency.GetByRole(AriaRole.Button, new() { Name = "Accept on this agreement" }).ClickAsync();
        await Expect(taipeiAgency.Confirmation()).ToContainTextAsync("Accepted");

        // The trial starts today: the startup reports a measurement at home, once Seoul has heard of the agreement.
        await startup.GotoAsync(trialPath);
        var report = startup.GetByRole(AriaRole.Button, new() { Name = "Report the measurement" });
        await startup.ReloadUntilVisibleAsync(report);
        await Field(startup, "KPI measured").SelectOptionAsync("Average waiting time");
        await Field(startup, "Measured value").FillAsync("9.5");
        await Field(startup, "Evidence link (optional)").FillAsync("https://bus.example/log.csv");
        await report.ClickAsync();
        await Expect(startup.Confirmation()).ToContainTextAsync("measurement is reported");

        await taipeiAgency.GotoAsync(trialPath);
        var confirm = taipeiAgency.GetByRole(AriaRole.Button, new() { Name = "Confirm measurement" });
        await taipeiAgency.ReloadUntilVisibleAsync(confirm);
        await confirm.ClickAsync();
        await Expect(taipeiAgency.Confirmation()).ToContainTextAsync("measurement is confirmed");
        await Expect(taipeiAgency.GetByRole(AriaRole.Row).Filter(new() { HasText = "Average waiting time" }).Filter(new() { HasText = "62.5 %" }))
            .ToBeVisibleAsync();
        await taipeiAgency.DocumentAsync("trial-host");

        await startup.GotoAsync(trialPath);
        await Field(startup, "Final report summary").FillAsync("Waiting fell to 9.5 minutes");
        await startup.GetByRole(AriaRole.Button, new() { Name = "Submit the final report" }).ClickAsync();
        await Expect(startup.Confirmation()).ToContainTextAsync("final report is submitted");

        // Taipei gives its verdict once the report has arrived; its node signs the certificate.
        await taipeiAgency.GotoAsync(trialPath);
        var verdict = taipeiAgency.GetByRole(AriaRole.Button, new() { Name = "Give the verdict and sign the certificate" });
        await taipeiAgency.ReloadUntilVisibleAsync(verdict);
        await Field(taipeiAgency, "Passed").CheckAsync();
        await Field(taipeiAgency, "Findings").FillAsync("Waiting cut by 21 %");
        await verdict.ClickAsync();
        await Expect(taipeiAgency.Confirmation()).ToContainTextAsync("certificate signed");

        // The startup downloads its certificate on its own city's portal, once the verdict has reached Seoul.
        await startup.GotoAsync(trialPath);
        var download = startup.GetByRole(AriaRole.Link, new() { Name = "Download certificate" });
        await startup.ReloadUntilVisibleAsync(download);
        var file = await startup.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        Assert.Equal($"certificate-{trialId}.json", file.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), $"certificate-{trialId}-{Guid.NewGuid():N}.json");
        await file.SaveAsAsync(saved);
        try
        {
            using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(saved)))
                Assert.Equal("taipei", json.RootElement.GetProperty("signerCity").GetString());

            // Anyone at New Taipei's portal checks the file: valid, signed by Taipei.
            var visitor = await session.OpenAsync("new-taipei");
            await visitor.GotoAsync("/certificates/verify");
            await Field(visitor, "Certificate file").SetInputFilesAsync(saved);
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Check the certificate" }).ClickAsync();
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Valid certificate" })).ToBeVisibleAsync();
            await Expect(visitor.Locator("dt:has-text('Signed by') + dd")).ToHaveTextAsync("taipei");
            await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "Public record of the verified trial" })).ToBeVisibleAsync();
            await visitor.DocumentAsync("certificate-check");
        }
        finally
        {
            File.Delete(saved);
        }
    });

    /// <summary>An input by its whole label: "Host city" is also part of "Host city's cost share (%)".</summary>
    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    /// <summary>The startup applies with a live listing of its own organisation, which it lists through the catalogue's API.</summary>
    private async Task<string> ListSolutionAsync(string lister, string title)
    {
        using var catalog = await federation.ApiAsync(lister, "catalog");
        var answer = await catalog.PostAsJsonAsync("/api/solutions", new
        {
            title = new Dictionary<string, string> { ["en"] = title, ["ko"] = "스마트 버스 정류장" },
            summary = new Dictionary<string, string> { ["en"] = "Real-time arrivals at every stop." },
            domain = "transportation", maturity = "pilot", trl = 6,
            provider = new { name = "Seoul startup", website = "https://bus.example", homeCity = "seoul" },
        });
        answer.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }
}
