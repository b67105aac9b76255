namespace Federation.E2E;

/// <summary>A listing made on one city's portal is found on another's, in its language, until it is withdrawn.</summary>
[Collection(nameof(PortalFederation))]
public sealed class CatalogJourneyTests(PortalFederation federation)
{
    [Fact]
    public Task A_taipei_listing_is_found_in_seoul_in_Korean_until_it_is_withdrawn() => federation.RunAsync(async session =>
    {
        var title = $"Smart street lamp {Guid.NewGuid().ToString("N")[..8]}";

        var agency = await session.SignInAsync("agency@taipei");
        await agency.GotoAsync("/manage/solutions/new");
        await agency.GetByLabel("Title (English)").FillAsync(title);
        await agency.GetByLabel("Title (Traditional Chinese)").FillAsync("智慧路燈");
        await agency.GetByLabel("Summary (English)").FillAsync("Dims itself when the street is empty and reports its own faults.");
        await agency.GetByLabel("Domain", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Smart environment" });
        await agency.GetByLabel("Provider name").FillAsync("Lumen Taipei");
        await agency.GetByLabel("Maturity", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Deployed" });
        await agency.GetByLabel("Technology readiness level (TRL 1-9)").FillAsync("7");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Publish the listing" }).ClickAsync();
        await Expect(agency.Confirmation()).ToContainTextAsync(title);
        var listing = agency.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Expect(listing).ToBeVisibleAsync();

        // A visitor in Seoul reads the portal in Korean; the listing has no Korean title, so it shows in English.
        var visitor = await session.OpenAsync("seoul", "ko");
        await visitor.GotoAsync("/solutions");
        var found = visitor.GetByRole(AriaRole.Link, new() { Name = title });
        await SearchAsync(visitor, "智慧");
        await visitor.ReloadUntilVisibleAsync(found);
        await SearchAsync(visitor, "lamp");
        await Expect(found).ToBeVisibleAsync();
        await visitor.DocumentAsync("catalogue-ko");
        await found.ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(visitor.GetByText("智慧路燈").First).ToBeVisibleAsync();

        await listing.GetByRole(AriaRole.Link, new() { Name = "Withdraw", Exact = true }).ClickAsync();
        await Expect(agency.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Withdraw the listing");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Withdraw this solution" }).ClickAsync();
        await Expect(agency.Confirmation()).ToContainTextAsync($"Withdrew “{title}”");
        await Expect(agency.GetByRole(AriaRole.Link, new() { Name = title })).ToBeHiddenAsync();

        await visitor.GotoAsync("/solutions");
        await SearchAsync(visitor, "lamp");
        await visitor.ReloadUntilHiddenAsync(found);
        await SearchAsync(visitor, title);
        await Expect(visitor.Locator("main .cards li")).ToHaveCountAsync(0);
    });

    /// <summary>Searches with the list's own form, by its Korean label and button.</summary>
    private static async Task SearchAsync(IPage page, string words)
    {
        await page.GetByLabel(PortalWords.In("ko", "Search solutions")).FillAsync(words);
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = PortalWords.In("ko", "Search"), Exact = true }).ClickAsync();
    }
}
