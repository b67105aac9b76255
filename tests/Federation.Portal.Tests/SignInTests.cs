namespace Federation.Portal.Tests;

[Collection(nameof(PortalNode))]
public sealed class SignInTests(PortalNode node)
{
    [Fact]
    public async Task A_wrong_password_is_told_without_signing_in()
    {
        using var browser = node.Browser("en");
        var answer = await browser.SignInAsync("nobody@taipei", "not-the-password");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("The user name or password is wrong", await answer.Content.ReadAsStringAsync());
        Assert.Contains("/account/signin", await browser.PageAsync("/"));
    }

    [Fact]
    public async Task A_user_signs_in_with_the_node_account_and_sees_the_pages_of_the_role()
    {
        using var browser = node.Browser("en");
        var answer = await browser.PostFormAsync("/account/signin?returnUrl=%2Fsolutions",
            new Dictionary<string, string> { ["UserName"] = "agency@taipei", ["Password"] = Federation.Testing.DevUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/solutions", answer.Headers.Location!.OriginalString);
        var start = await browser.PageAsync("/");
        Assert.Contains("agency@taipei", start);
        Assert.Contains("href=\"/manage/solutions\"", start);
        Assert.DoesNotContain("href=\"/awards/cycles\"", start);
    }

    [Fact]
    public async Task A_token_the_services_would_refuse_is_not_kept_as_a_session()
    {
        // A portal accepting tokens of ten minutes at most, as a service would with Auth:MaxTokenLifetime:
        // the identity service's hour-long token fails the services' own check, run by the portal.
        await using var strict = new CityService<Program>(node.Federation, PortalNode.City, "portal", "Portal")
            { Settings = new Dictionary<string, string> { ["Auth:MaxTokenLifetime"] = "00:10:00" } };
        using var browser = new PortalBrowser(strict.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }), "en");

        var answer = await browser.SignInAsync("agency@taipei");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.DoesNotContain("agency@taipei", await browser.PageAsync("/"));
        Assert.Contains("/account/signin", await browser.PageAsync("/"));
    }

    [Fact]
    public async Task Sign_in_never_sends_the_user_to_another_site()
    {
        using var browser = node.Browser("en");
        var answer = await browser.PostFormAsync("/account/signin?returnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["UserName"] = "startup@taipei", ["Password"] = Federation.Testing.DevUsers.Password });
        Assert.Equal("/", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = node.Browser("en");
        await browser.SignInAsync("judge@taipei");
        Assert.Contains("judge@taipei", await browser.PageAsync("/"));
        var signOut = await browser.PostFormAsync("/account/signout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
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
    public async Task Every_field_is_asked_for_in_the_visitor_language_when_left_empty()
    {
        using var browser = node.Browser("ko");
        var answer = await browser.SignInAsync("", "");
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains("사용자 이름을 입력하세요.", page);
        Assert.Contains("비밀번호를 입력하세요.", page);
    }

    [Fact]
    public async Task The_session_cookie_is_named_after_the_city_so_portals_on_one_host_keep_their_own()
    {
        using var browser = node.Browser("en");
        var answer = await browser.SignInAsync("agency@taipei");
        Assert.Contains(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.taipei.session="));
    }

    [Fact]
    public async Task One_address_trying_too_many_sign_ins_is_told_to_wait()
    {
        // The identity service sees every portal user come from the portal's address, so the portal limits each browser's.
        await using var portal = new Federation.Testing.CityService<Program>(node.Federation, PortalNode.City, "portal", "Portal")
            { Settings = new Dictionary<string, string> { ["Portal:SignInsPerAddressPerMinute"] = "2" } };
        using var browser = new PortalBrowser(portal.CreateClient(new() { AllowAutoRedirect = false }), "en");
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync("nobody@taipei", "wrong-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync("nobody@taipei", "wrong-2")).StatusCode);
        var third = await browser.SignInAsync("agency@taipei");
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Too many requests. Please wait a minute and try again.", await third.Content.ReadAsStringAsync());
    }
}
