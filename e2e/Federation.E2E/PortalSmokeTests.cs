namespace Federation.E2E;

/// <summary>The fixture itself: every city's portal answers in the language asked for, and users sign in.</summary>
[Collection(nameof(PortalFederation))]
public sealed class PortalSmokeTests(PortalFederation federation)
{
    [Fact]
    public Task Every_city_portal_answers_in_the_language_asked_for() => federation.RunAsync(async session =>
    {
        foreach (var (city, language) in new[] { ("taipei", "zh-TW"), ("seoul", "ko"), ("new-taipei", "en") })
        {
            var page = await session.OpenAsync(city, language);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = PortalWords.In(language, "Sign in"), Exact = true })).ToBeVisibleAsync();
        }
    });

    [Fact]
    public Task A_user_signs_in_on_their_city_portal_and_sees_their_role_pages() => federation.RunAsync(async session =>
    {
        var agency = await session.SignInAsync("agency@taipei");
        await Expect(agency.GetByText("agency@taipei")).ToBeVisibleAsync();
        await Expect(agency.GetByRole(AriaRole.Link, new() { Name = "Our listings" })).ToBeVisibleAsync();

        var judge = await session.SignInAsync("judge@seoul", "ko");
        await Expect(judge.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(judge.GetByRole(AriaRole.Link, new() { Name = PortalWords.In("ko", "Entries to judge") })).ToBeVisibleAsync();
    });
}
