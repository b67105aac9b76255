namespace Federation.E2E;

/// <summary>
/// A GO SMART Award cycle through the portals of three cities: the secretariat (Taipei) opens the call, Seoul and
/// New Taipei nominate a listing each, every city enrols a judge, judges score on their own cities' portals (one
/// recuses), the secretariat ranks, picks the winners and publishes, and every city shows the results.
/// </summary>
[Collection(nameof(PortalFederation))]
public sealed class AwardJourneyTests(PortalFederation federation)
{
    [Fact]
    public Task Entries_from_two_cities_are_judged_across_cities_and_every_city_shows_the_winners() => federation.RunAsync(async session =>
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var cycleName = $"GO SMART Award {run}";
        var seoulTitle = $"Smart bus stop {run}";
        var newTaipeiTitle = $"Smart street lamp {run}";
        var seoulSolution = await ListSolutionAsync("agency@seoul", seoulTitle);
        var newTaipeiSolution = await ListSolutionAsync("agency@new-taipei", newTaipeiTitle);
        // Judges of this run only: the secretariat's panel lists every judge ever enrolled with it.
        var judges = new Dictionary<string, (string User, string Name)>();
        foreach (var city in PortalFederation.Cities)
            judges[city] = (await federation.CreateUserAsync(city, $"judge-{run}", "judge", $"{city} jury"), $"Judge {run} ({city})");

        // The secretariat opens the call on the form's GO SMART defaults: nominations open now, for a month.
        var secretariat = await session.SignInAsync("secretariat@taipei");
        await secretariat.GotoAsync("/awards/cycles");
        await secretariat.GetByRole(AriaRole.Link, new() { Name = "Open a new award cycle" }).ClickAsync();
        await secretariat.GetByLabel("Cycle name").FillAsync(cycleName);
        await Expect(secretariat.GetByLabel("Criterion 1: weight (%)")).ToHaveValueAsync("30");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Open the cycle" }).ClickAsync();
        await Expect(secretariat.Confirmation()).ToContainTextAsync("every member city holds the call");
        await Expect(secretariat.GetByText("Open for nominations")).ToBeVisibleAsync();
        var cyclePath = new Uri(secretariat.Url).AbsolutePath;
        var cycleId = cyclePath["/awards/cycles/".Length..];

        // Each city's agency enrols its judge; Seoul and New Taipei nominate a listing once the call has reached them.
        foreach (var city in PortalFederation.Cities)
        {
            var agency = await session.SignInAsync($"agency@{city}");
            await agency.GotoAsync("/awards/judges");
            await agency.GetByLabel("Judge's user name").FillAsync(judges[city].User);
            await agency.GetByLabel("Name to show").FillAsync(judges[city].Name);
            await agency.GetByRole(AriaRole.Button, new() { Name = "Enrol the judge" }).ClickAsync();
            await Expect(agency.Confirmation()).ToContainTextAsync("is enrolled as a judge");
            if (city == "taipei") continue;
            await agency.GotoAsync($"/awards/nominations/new?cycleId={cycleId}&solutionId={(city == "seoul" ? seoulSolution : newTaipeiSolution)}");
            var statement = agency.GetByLabel("Statement: why the solution deserves the award");
            await agency.ReloadUntilVisibleAsync(statement);
            await statement.FillAsync(city == "seoul" ? "Waiting cut by a fifth" : "Lamps that dim when the street is empty");
            await agency.GetByRole(AriaRole.Button, new() { Name = "Submit the nomination" }).ClickAsync();
            await Expect(agency.Confirmation()).ToBeVisibleAsync();
        }

        // The entries reach the secretariat; it closes nominations and opens judging now.
        foreach (var title in new[] { seoulTitle, newTaipeiTitle })
            await secretariat.ReloadUntilVisibleAsync(secretariat.GetByRole(AriaRole.Link, new() { Name = title }));
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Close nominations and open judging now" }).ClickAsync();
        await Expect(secretariat.Confirmation()).ToContainTextAsync("Judging is open");
        await Expect(secretariat.GetByText("Judges are scoring")).ToBeVisibleAsync();

        // Assignments: never an entry of the judge's own city (the service refuses, the page says why).
        await secretariat.GotoAsync($"{cyclePath}/judging");
        foreach (var city in PortalFederation.Cities)
            await secretariat.ReloadUntilVisibleAsync(secretariat.GetByRole(AriaRole.Heading, new() { Name = judges[city].Name, Exact = true }));
        await AssignAsync(secretariat, cyclePath, judges["seoul"].Name, seoulTitle);
        await Expect(secretariat.Problem()).ToContainTextAsync("own city");
        await AssignAsync(secretariat, cyclePath, judges["seoul"].Name, newTaipeiTitle);
        await Expect(secretariat.Confirmation()).ToContainTextAsync("now has 1 entries to score");
        await AssignAsync(secretariat, cyclePath, judges["new-taipei"].Name, seoulTitle);
        await Expect(secretariat.Confirmation()).ToBeVisibleAsync();
        await AssignAsync(secretariat, cyclePath, judges["taipei"].Name, seoulTitle, newTaipeiTitle);
        await Expect(secretariat.Confirmation()).ToContainTextAsync("now has 2 entries to score");

        // Judges score on their own cities' portals; Taipei's recuses itself from New Taipei's entry.
        await ScoreAsync(session, judges["seoul"].User, newTaipeiTitle, 7);
        await ScoreAsync(session, judges["new-taipei"].User, seoulTitle, 8);
        var taipeiJudge = await ScoreAsync(session, judges["taipei"].User, seoulTitle, 9);
        await taipeiJudge.GotoAsync("/awards/assignments");
        await taipeiJudge.GetByRole(AriaRole.Link, new() { Name = newTaipeiTitle }).ClickAsync();
        await taipeiJudge.GetByLabel("Kind of conflict").SelectOptionAsync("real");
        await taipeiJudge.GetByLabel("What is the conflict?").FillAsync("I advised the lamp's maker last year");
        await taipeiJudge.GetByRole(AriaRole.Button, new() { Name = "Declare a conflict of interest" }).ClickAsync();
        await Expect(taipeiJudge.Confirmation()).ToContainTextAsync("declared to the secretariat");

        // The secretariat sees progress and the ranking by weighted averages, with the recusal counted apart.
        await secretariat.GotoAsync($"{cyclePath}/judging");
        await secretariat.ReloadUntilVisibleAsync(secretariat.GetByText("Recused (real conflict)"));
        await secretariat.GotoAsync($"{cyclePath}/ranking");
        var first = secretariat.GetByRole(AriaRole.Row).Filter(new() { HasText = seoulTitle }).Filter(new() { HasText = "8.50" });
        var second = secretariat.GetByRole(AriaRole.Row).Filter(new() { HasText = newTaipeiTitle }).Filter(new() { HasText = "7.00" });
        await secretariat.ReloadUntilVisibleAsync(first);
        await secretariat.ReloadUntilVisibleAsync(second);
        await Expect(first.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("1");
        // Cells after the title: rank, score, the four criteria, judges counted, recused, excluded, not scored.
        await Expect(second.GetByRole(AriaRole.Cell).Nth(7)).ToHaveTextAsync("1");
        var chart = secretariat.GetByRole(AriaRole.Img, new() { Name = "Bar chart of the ranking; the table above gives the same figures." });
        await Expect(chart).ToBeVisibleAsync();
        await secretariat.WaitForFunctionAsync("() => { const img = document.querySelector(\"img[src$='ranking/chart.svg']\"); return img && img.complete && img.naturalWidth > 0; }");
        await secretariat.DocumentAsync("ranking");
        var csv = await secretariat.RunAndWaitForDownloadAsync(() => secretariat.GetByRole(AriaRole.Link, new() { Name = "Download scores (CSV)" }).ClickAsync());
        Assert.Equal($"award-{DateTime.UtcNow.Year}-scores.csv", csv.SuggestedFilename);
        using (var sheet = new StreamReader(await csv.CreateReadStreamAsync()))
            Assert.Contains(judges["new-taipei"].Name, await sheet.ReadToEndAsync());

        // Judging closes; the shortlist and the winners follow the ranking the form proposes; publication.
        await secretariat.GotoAsync(cyclePath);
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Close judging now" }).ClickAsync();
        await Expect(secretariat.Confirmation()).ToContainTextAsync("Judging is closed");
        await secretariat.GotoAsync($"{cyclePath}/ranking");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Save the shortlist" }).ClickAsync();
        await Expect(secretariat.Confirmation()).ToContainTextAsync("2 finalists are shortlisted");
        await Expect(secretariat.GetByLabel("Award 1: finalist").Locator("option:checked")).ToContainTextAsync(seoulTitle);
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Choose the winners" }).ClickAsync();
        await Expect(secretariat.Confirmation()).ToContainTextAsync("2 winners are chosen");
        await secretariat.GetByLabel("Announcement (optional)").FillAsync($"{cycleName}: congratulations to Seoul and New Taipei");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Publish the results to every city" }).ClickAsync();
        await Expect(secretariat.Confirmation()).ToContainTextAsync("The results are published");

        // Every city's portal shows the winners, each in its visitor's language.
        foreach (var (city, language) in new[] { ("taipei", "en"), ("seoul", "ko"), ("new-taipei", "zh-TW") })
        {
            var visitor = await session.OpenAsync(city, language);
            await visitor.GotoAsync("/awards/results");
            var results = visitor.Locator("section").Filter(new() { Has = visitor.GetByRole(AriaRole.Link, new() { Name = cycleName }) });
            await visitor.ReloadUntilVisibleAsync(results);
            await Expect(results.GetByRole(AriaRole.Link, new() { Name = seoulTitle }).First).ToBeVisibleAsync();
            await Expect(results.GetByRole(AriaRole.Link, new() { Name = newTaipeiTitle }).First).ToBeVisibleAsync();
            await Expect(results.GetByText("Most Promising City Project")).ToBeVisibleAsync();
            if (language == "zh-TW") await visitor.DocumentAsync("results-zh-TW");
        }
    });

    /// <summary>Ticks the entries in the judge's section of the panel page (freshly loaded) and assigns them.</summary>
    private static async Task AssignAsync(IPage secretariat, string cyclePath, string judge, params string[] titles)
    {
        await secretariat.GotoAsync($"{cyclePath}/judging");
        var section = Section(secretariat, judge);
        foreach (var title in titles) await section.GetByLabel(title).CheckAsync();
        await section.GetByRole(AriaRole.Button, new() { Name = $"Assign the chosen entries to {judge}" }).ClickAsync();
    }

    private static ILocator Section(IPage page, string heading) =>
        page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) });

    /// <summary>The judge scores every criterion of an entry alike, on their own city's portal, once the assignment has arrived.</summary>
    private static async Task<IPage> ScoreAsync(PortalSession session, string judge, string title, int score)
    {
        var page = await session.SignInAsync(judge);
        await page.GotoAsync("/awards/assignments");
        var entry = page.GetByRole(AriaRole.Link, new() { Name = title });
        await page.ReloadUntilVisibleAsync(entry);
        await entry.ClickAsync();
        foreach (var criterion in new[] { "Cross-domain", "Impact", "Functionality", "Innovation" })
            await page.GetByLabel($"Score for {criterion}, from 0 to 10").FillAsync(score.ToString());
        await page.DocumentAsync("score-sheet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save scores" }).ClickAsync();
        await Expect(page.Confirmation()).ToContainTextAsync("are saved");
        return page;
    }

    /// <summary>A live listing of the agency's city, through the catalogue's API.</summary>
    private async Task<string> ListSolutionAsync(string agency, string title)
    {
        var city = PortalFederation.CityOf(agency);
        using var catalog = await federation.ApiAsync(agency, "catalog");
        var answer = await catalog.PostAsJsonAsync("/api/solutions", new
        {
            title = new Dictionary<string, string> { ["en"] = title },
            summary = new Dictionary<string, string> { ["en"] = "Proven in a living lab." },
            domain = "transportation", maturity = "pilot", trl = 7,
            provider = new { name = $"{city} provider", website = "https://provider.example", homeCity = city },
        });
        answer.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }
}
