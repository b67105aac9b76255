namespace Federation.E2E;

/// <summary>What journeys look for on any portal page, and waiting for effects that arrive from other cities.</summary>
public static class PortalPages
{
    /// <summary>Replication between cities takes well under a second; a broker hiccup may take a few.</summary>
    public static readonly TimeSpan CrossCity = TimeSpan.FromSeconds(15);

    /// <summary>The layout's confirmation of a successful action (shown once, after the redirect).</summary>
    public static ILocator Confirmation(this IPage page) => page.Locator("main p.confirmation");

    /// <summary>A service's refusal as the _Problem partial shows it.</summary>
    public static ILocator Problem(this IPage page) => page.Locator("main .problem");

    /// <summary>Reloads the page until <paramref name="locator"/> shows (a listing replicated from another city, say).</summary>
    public static Task ReloadUntilVisibleAsync(this IPage page, ILocator locator, TimeSpan? timeout = null) =>
        ReloadUntilAsync(page, () => locator.IsVisibleAsync(), () => Expect(locator).ToBeVisibleAsync(new() { Timeout = 1_000 }), timeout);

    /// <summary>Reloads the page until <paramref name="locator"/> is gone (a withdrawal replicated from another city, say).</summary>
    public static Task ReloadUntilHiddenAsync(this IPage page, ILocator locator, TimeSpan? timeout = null) =>
        ReloadUntilAsync(page, async () => !await locator.IsVisibleAsync(), () => Expect(locator).ToBeHiddenAsync(new() { Timeout = 1_000 }), timeout);

    /// <summary>
    /// Reloads until <paramref name="done"/>; on timeout <paramref name="assert"/> runs once more, so the failure is
    /// Playwright's own message about the locator (and the trace shows every reload).
    /// </summary>
    public static async Task ReloadUntilAsync(IPage page, Func<Task<bool>> done, Func<Task> assert, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? CrossCity);
        while (!await done())
        {
            if (DateTime.UtcNow >= deadline)
            {
                await assert();
                return;
            }
            await Task.Delay(300);
            await page.ReloadAsync();
        }
    }

    /// <summary>
    /// For the README: when E2E_SCREENSHOTS names a folder (an absolute path), the page as its user sees it is
    /// saved there as {name}.png. Otherwise nothing happens: journeys call this at the pages worth showing.
    /// </summary>
    public static async Task DocumentAsync(this IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("E2E_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
