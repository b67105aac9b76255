namespace Federation.E2E;

/// <summary>
/// One test's browser: a context per user (or visitor) and city, each recording a trace. Cookies are per host,
/// not per port, and every portal is on 127.0.0.1: a context must stay on one city's portal, or one portal's
/// session cookie would replace the other's. So open another context for another city or user.
/// </summary>
public sealed class PortalSession(PortalFederation federation, string test) : IAsyncDisposable
{
    private readonly List<(IBrowserContext Context, string Label)> _contexts = [];

    public PortalFederation Federation => federation;

    /// <summary>A visitor on <paramref name="city"/>'s portal home page in <paramref name="language"/> (en, zh-TW or ko).</summary>
    public async Task<IPage> OpenAsync(string city, string language = "en")
    {
        var page = await NewPageAsync(city, language, $"{city}-visitor-{language}");
        await page.GotoAsync("/");
        return page;
    }

    /// <summary>
    /// Signs <paramref name="user"/> (e.g. "agency@taipei") in on their own city's portal as people do: the portal sends
    /// the browser to the city's identity service (OpenID Connect, authorization code flow), whose form it fills (in
    /// English, the labels the form has), and the identity service sends it back signed in. Then it switches to <paramref name="language"/> with the portal's own
    /// language switcher. The page is left on the portal's home page.
    /// </summary>
    public async Task<IPage> SignInAsync(string user, string language = "en", string? password = null, string? city = null)
    {
        city ??= PortalFederation.CityOf(user); // a person enrolled by e-mail address names their city apart
        var page = await NewPageAsync(city, "en", $"{user}-{language}");
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password ?? DevUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync(new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{user} was not signed in at {city}'s portal; the page says: {await page.InnerTextAsync("main")}");
        }
        if (language != "en") await page.GotoAsync($"/language/{language}?returnUrl=/");
        return page;
    }

    /// <summary>A new browser context on <paramref name="city"/>'s portal, opened at <paramref name="address"/> (a link from a mail, say).</summary>
    public async Task<IPage> VisitAsync(string city, string address, string label)
    {
        var page = await NewPageAsync(city, "en", label);
        await page.GotoAsync(address);
        return page;
    }

    /// <summary>Another page in the same context as <paramref name="page"/> (same user, same city).</summary>
    public Task<IPage> NewTabAsync(IPage page) => page.Context.NewPageAsync();

    internal async Task<IReadOnlyList<string>> KeepEvidenceAsync(string folder)
    {
        var kept = new List<string>();
        if (_contexts.Count == 0) return kept;
        Directory.CreateDirectory(folder);
        for (var c = 0; c < _contexts.Count; c++)
        {
            var (context, label) = _contexts[c];
            var prefix = Path.Combine(folder, $"{c + 1}-{Safe(label)}");
            for (var p = 0; p < context.Pages.Count; p++)
            {
                var page = context.Pages[p];
                var name = context.Pages.Count == 1 ? prefix : $"{prefix}-tab{p + 1}";
                // A crashed or closed page cannot be captured; the trace still shows what it did.
                await Try(() => page.ScreenshotAsync(new() { Path = $"{name}.png", FullPage = true }), $"{name}.png", kept);
                await Try(async () => await File.WriteAllTextAsync($"{name}.html", $"<!-- {page.Url} -->\n{await page.ContentAsync()}"), $"{name}.html", kept);
            }
            await Try(() => context.Tracing.StopAsync(new() { Path = $"{prefix}.trace.zip" }), $"{prefix}.trace.zip", kept);
        }
        return kept;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (context, _) in _contexts)
        {
            // A trace not kept is thrown away; stopping one already stopped fails, which is fine here.
            try { await context.Tracing.StopAsync(); } catch (PlaywrightException) { }
            // A crashed browser must not replace the test's own failure with its own.
            try { await context.CloseAsync(); } catch (PlaywrightException) { }
        }
    }

    private async Task<IPage> NewPageAsync(string city, string language, string label)
    {
        var portal = federation.PortalUrl(city);
        var context = await federation.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal,
            Locale = language switch { "zh-TW" => "zh-TW", "ko" => "ko-KR", _ => "en-US" },
        });
        _contexts.Add((context, label));
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(20_000);
        await context.Tracing.StartAsync(new() { Title = $"{test}: {label}", Screenshots = true, Snapshots = true });
        // The portal's own language cookie (what its switcher sets) beats the browser's Accept-Language.
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={language}|uic={language}"), Url = portal }]);
        return await context.NewPageAsync();
    }

    private static async Task Try(Func<Task> save, string file, List<string> kept)
    {
        try
        {
            await save();
            kept.Add(file);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or IOException)
        {
            kept.Add($"{file} (not saved: {e.Message.Split('\n')[0]})");
        }
    }

    private static string Safe(string label) => string.Concat(label.Select(ch => char.IsLetterOrDigit(ch) || ch is '-' or '@' or '.' ? ch : '_'));
}
