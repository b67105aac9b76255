using System.Net.Http.Json;

namespace Federation.Portal.Tests;

/// <summary>The portal signs people in at its city's identity service (OpenID Connect, authorization code flow).</summary>
[Collection(nameof(PortalNode))]
public sealed class SignInTests(PortalNode node)
{
    [Fact]
    public async Task Signing_in_sends_the_browser_to_the_identity_service_with_pkce_and_the_visitors_language()
    {
        using var browser = node.Browser("zh-TW");
        var challenge = await browser.GetAsync("/account/signin?returnUrl=%2Fsolutions");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var to = challenge.Headers.Location!;
        Assert.StartsWith(node.Federation.IdentityUri(PortalNode.City) + "/connect/authorize?", to.ToString());
        var query = System.Web.HttpUtility.ParseQueryString(to.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal("zh-TW", query["ui_locales"]);
        Assert.Contains("offline_access", query["scope"]);
    }

    [Fact]
    public async Task A_wrong_password_is_told_at_the_identity_service_and_nobody_is_signed_in()
    {
        using var browser = node.Browser("en");
        var outcome = await browser.TrySignInAsync("nobody@taipei", "not-the-password");

        Assert.False(outcome.SignedIn);
        Assert.Equal(HttpStatusCode.BadRequest, outcome.Identity.Status);
        Assert.Contains("The user name or password is wrong", outcome.Identity.Html);
        Assert.Contains("/account/signin", await browser.PageAsync("/"));
    }

    [Fact]
    public async Task A_user_signs_in_and_comes_back_to_the_page_asked_for_with_the_pages_of_the_role()
    {
        using var browser = node.Browser("en");
        var answer = await browser.SignInAsync("agency@taipei", returnUrl: "/solutions");

        Assert.Equal("/solutions", answer.Headers.Location!.OriginalString);
        var start = await browser.PageAsync("/");
        Assert.Contains("agency@taipei", start);
        Assert.Contains("href=\"/manage/solutions\"", start);
        Assert.DoesNotContain("href=\"/awards/cycles\"", start);
    }

    [Fact]
    public async Task Sign_in_never_sends_the_user_to_another_site()
    {
        using var browser = node.Browser("en");
        var answer = await browser.SignInAsync("startup@taipei", returnUrl: "https://evil.example/");
        Assert.Equal("/", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_here_and_at_the_identity_service()
    {
        using var browser = node.Browser("en");
        await browser.SignInAsync("judge@taipei");
        Assert.Contains("judge@taipei", await browser.PageAsync("/"));

        var signOut = await browser.PostFormAsync("/account/signout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith(node.Federation.IdentityUri(PortalNode.City) + "/connect/endsession", signOut.Headers.Location!.ToString());
        Assert.DoesNotContain("judge@taipei", await browser.PageAsync("/"));
    }

    [Fact]
    public async Task A_page_of_another_role_is_refused_and_anonymous_visitors_are_asked_to_sign_in()
    {
        using var anonymous = node.Browser("en");
        var asked = await anonymous.GetAsync("/awards/cycles");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("/account/signin", asked.Headers.Location!.OriginalString);

        using var judge = node.Browser("en");
        await judge.SignInAsync("judge@taipei");
        var refused = await judge.GetAsync("/awards/cycles");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/denied", refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_identity_services_sign_in_page_asks_for_every_field_in_the_visitors_language()
    {
        using var browser = node.Browser("ko");
        var outcome = await browser.TrySignInAsync("", "");

        Assert.Contains("사용자 이름을 입력하세요.", outcome.Identity.Html);
        Assert.Contains("비밀번호를 입력하세요.", outcome.Identity.Html);
    }

    [Fact]
    public async Task The_session_cookie_is_named_after_the_city_so_portals_on_one_host_keep_their_own()
    {
        using var browser = node.Browser("en");
        var answer = await browser.SignInAsync("agency@taipei");
        Assert.Contains(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.taipei.session="));
    }

    [Fact]
    public async Task A_failed_return_from_the_identity_service_lands_on_a_page_that_says_so()
    {
        using var browser = node.Browser("en");
        // What a browser brings back when the identity service refused (or the visitor forged the return).
        var answer = await browser.GetAsync("/signin-oidc?error=access_denied&state=forged");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/account/signin-failed", answer.Headers.Location!.OriginalString);
        Assert.Contains("Signing in did not succeed", await browser.PageAsync("/account/signin-failed"));
    }

    [Fact]
    public async Task A_person_the_node_deactivates_is_signed_out_of_the_portal_at_the_next_check()
    {
        var user = await node.Host.CreateUserAsync(PortalNode.City, $"leaving-{Guid.NewGuid():N}"[..16], "judge", "taipei judging panel");
        using var browser = node.Browser("en");
        await browser.SignInAsync(user);
        Assert.Contains(user, await browser.PageAsync("/"));

        using var agency = await node.Host.ClientAsync("agency@taipei", "identity");
        var person = await agency.GetFromJsonAsync<Federation.Contracts.Identity.CityUserResponse>($"/api/users/{Uri.EscapeDataString(user)}");
        using var admin = await node.Host.ClientAsync("admin@taipei", "identity");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/people/{person!.Id}/deactivation", null)).StatusCode);
        await Task.Delay(PortalNode.SessionCheckInterval + TimeSpan.FromSeconds(1));

        var page = await browser.PageAsync("/");
        Assert.DoesNotContain(user, page);
        Assert.Contains("/account/signin", page);
    }
}
