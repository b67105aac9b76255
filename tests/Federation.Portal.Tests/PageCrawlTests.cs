using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Portal.Tests;

/// <summary>
/// Every page of the portal, visited as each kind of user with ids that exist nowhere: a page may ask
/// to sign in, refuse, or say not found, but never fail (a 500 would be a stack trace's cousin).
/// </summary>
[Collection(nameof(PortalNode))]
public sealed class PageCrawlTests(PortalNode node)
{
    public static TheoryData<string?> Users() => new() { null, "agency@taipei", "startup@taipei", "judge@taipei", "secretariat@taipei", "admin@taipei" };

    [Theory]
    [MemberData(nameof(Users))]
    public async Task No_page_fails_for_any_user_or_unknown_id(string? user)
    {
        using var browser = node.Browser("en");
        if (user is not null) await browser.SignInAsync(user);
        var failures = new List<string>();
        foreach (var path in PagePaths())
        {
            var response = await browser.GetAsync(path);
            if ((int)response.StatusCode >= 500) failures.Add($"{path}: {(int)response.StatusCode}");
            else if (response.StatusCode == HttpStatusCode.OK)
                failures.AddRange(Accessibility.UnlabelledFields(await response.Content.ReadAsStringAsync()).Select(f => $"{path}: {f} has no label"));
            else if (response.StatusCode == HttpStatusCode.Redirect && !IsSignInOrDenied(response) && user is null)
                failures.Add($"{path}: anonymous visitor sent to {response.Headers.Location}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_crawl_reaches_the_pages_of_every_feature()
    {
        // Guards the crawl above: if route discovery broke it would pass on nothing.
        var paths = PagePaths();
        foreach (var prefix in new[] { "/solutions", "/manage/", "/trials", "/awards/", "/admin/", "/account/signin" })
            Assert.Contains(paths, p => p.StartsWith(prefix));
        await Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task No_form_fails_whatever_is_typed_into_it(string? user)
    {
        using var browser = node.Browser("en");
        if (user is not null) await browser.SignInAsync(user);
        var failures = new List<string>();
        var forms = 0;
        foreach (var path in PagePaths())
        {
            var response = await browser.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK) continue;
            foreach (var form in PageForms.In(path, await response.Content.ReadAsStringAsync()))
            {
                // Signing in and out are tested on their own: here they would end the session or spend the sign-in limit.
                if (form.Action.Contains("/account/")) continue;
                forms++;
                foreach (var typed in PageForms.Garbage)
                {
                    var answer = await browser.Http.PostAsync(form.Action, form.Filled(typed));
                    if ((int)answer.StatusCode >= 500) failures.Add($"{form.Action} with \"{typed[..Math.Min(typed.Length, 20)]}\": {(int)answer.StatusCode}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        if (user is not null) Assert.True(forms > 0, $"{user} was offered no form to try");
    }

    [Theory]
    [InlineData(null, "/account/signin")]
    [InlineData("startup@taipei", "/account/denied")]
    [InlineData("judge@taipei", "/account/denied")]
    public async Task The_catalogue_management_pages_are_for_an_agency_only(string? user, string sentTo)
    {
        using var browser = node.Browser("en");
        if (user is not null) await browser.SignInAsync(user);
        var manage = PagePaths().Where(p => p.StartsWith("/manage/")).ToList();

        var answers = new List<string>();
        foreach (var path in manage)
        {
            var response = await browser.GetAsync(path);
            answers.Add($"{path}: {(int)response.StatusCode} {browser.SentTo(response)}");
        }

        Assert.NotEmpty(manage);
        Assert.All(answers, a => Assert.Contains($" 302 {sentTo}", a));
    }

    private List<string> PagePaths() =>
        node.Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null || e.Metadata.Any(m => m is CompiledPageActionDescriptor))
            .Select(e => Fill(e.RoutePattern)).Distinct().Order().ToList();

    // Route values nobody has: a new guid for ids, a member city for {city}.
    private static string Fill(RoutePattern pattern) => "/" + string.Join("/", pattern.PathSegments.Select(segment =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { Name: "city" } => PortalNode.City,
            RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "int") => "2",
            RoutePatternParameterPart => Guid.NewGuid().ToString(),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));

    // The sign-in address itself sends the visitor on to the city's identity service.
    private static bool IsSignInOrDenied(HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString is { } to && (to.Contains("/account/signin") || to.Contains("/account/denied") || to.Contains("/connect/authorize"));
}
