namespace Federation.Identity.Tests.Connect;

/// <summary>The node as an OpenID Connect provider, used as the portal uses it: a browser, a sign-in page, a code, tokens.</summary>
public sealed class CodeFlowSignInTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task A_person_signs_in_by_the_code_flow_and_gets_tokens_naming_their_city_organisation_and_roles()
    {
        using var node = IdentityNode.OnRealPort(Scratch);

        var tokens = await PortalClient.SignInAsync(node, "agency@taipei");

        var access = PortalClient.Read(tokens.AccessToken!);
        Assert.Equal(node.Issuer + "/", access.Issuer);
        Assert.Equal(["federation:taipei"], access.Audiences);
        Assert.Equal("ES256", access.Alg);
        Assert.Equal("agency@taipei", access.GetClaim("name").Value);
        Assert.Equal("taipei", access.GetClaim(FederationClaims.City).Value);
        Assert.True(Guid.TryParse(access.GetClaim(FederationClaims.OrganisationId).Value, out _));
        Assert.Equal([Roles.Agency], PortalClient.Roles(tokens.AccessToken!));
        Assert.InRange(tokens.ExpiresIn!.Value, 3590, 3600); // Identity:TokenLifetime, as the password endpoint's tokens
        Assert.Equal(access.Subject, PortalClient.Read(tokens.IdToken!).Subject);
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
    }

    [Fact]
    public async Task The_access_token_of_the_code_flow_is_accepted_by_the_nodes_apis()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        var tokens = await PortalClient.SignInAsync(node, "admin@taipei");

        using var api = new HttpClient { BaseAddress = new Uri(node.Issuer) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_sign_in_page_again_and_no_code_is_issued()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        using var browser = new CodeFlow();

        var signIn = await PortalClient.AuthorizeAsync(browser, node);
        Assert.Contains("/account/signin", signIn.Page.Address.AbsolutePath);
        var refused = await browser.SubmitAsync(signIn, PortalClient.Password("agency@taipei", "not-the-password"), null, default);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Page.Status);
        Assert.Null(refused.Code);
        Assert.Contains("The user name or password is wrong", refused.Page.Html);
        Assert.DoesNotContain("not-the-password", refused.Page.Html);
    }

    [Fact]
    public async Task A_code_redeemed_without_its_pkce_verifier_is_refused()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        using var browser = new CodeFlow();
        var signedIn = await browser.SubmitAsync(await PortalClient.AuthorizeAsync(browser, node), PortalClient.Password("agency@taipei"), null, default);

        var redeemed = await browser.RequestTokenAsync(signedIn.Provider.TokenEndpoint, PortalClient.Id, node.PortalClientSecret,
            new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = signedIn.Code!, ["redirect_uri"] = PortalClient.RedirectUri.ToString(),
            }, default);

        Assert.Equal(HttpStatusCode.BadRequest, redeemed.Status);
        Assert.Equal("invalid_request", redeemed.Error); // OpenIddict: the verifier is missing from the request
        Assert.Null(redeemed.AccessToken);
    }

    [Fact]
    public async Task An_authorization_request_for_an_unregistered_redirect_address_never_leaves_the_provider()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        using var browser = new CodeFlow();

        var asked = await browser.AuthorizeAsync(new Uri(node.Issuer), PortalClient.Id, new Uri("http://127.0.0.1:5999/signin-oidc"), PortalClient.Scope, default);

        Assert.Null(asked.Page.Location);
        Assert.Equal(HttpStatusCode.BadRequest, asked.Page.Status);
        Assert.Contains("redirect_uri", asked.Page.Html);
    }

    [Fact]
    public async Task The_sign_in_page_speaks_the_language_the_portal_asks_for()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        using var browser = new CodeFlow();
        var provider = await browser.DiscoverAsync(new Uri(node.Issuer), default);
        var request = $"{provider.AuthorizationEndpoint}?response_type=code&client_id=portal&scope=openid&ui_locales=ko" +
            $"&redirect_uri={Uri.EscapeDataString(PortalClient.RedirectUri.ToString())}&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=S256";

        var page = await browser.GetAsync(new Uri(request), PortalClient.RedirectUri, default);

        Assert.Contains("lang=\"ko\"", page.Html);
        Assert.Contains("로그인", page.Html);
    }

    [Fact]
    public async Task A_service_client_named_in_configuration_gets_a_token_of_its_own_without_roles()
    {
        using var node = IdentityNode.OnRealPort(Scratch, settings: new() { ["Identity:ServiceClients:reporting:Secret"] = "a-long-enough-service-secret" });
        using var browser = new CodeFlow();
        var provider = await browser.DiscoverAsync(new Uri(node.Issuer), default);

        var tokens = await browser.RequestTokenAsync(provider.TokenEndpoint, "reporting", "a-long-enough-service-secret",
            new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "federation" }, default);
        var wrong = await browser.RequestTokenAsync(provider.TokenEndpoint, "reporting", "not-the-secret-of-reporting",
            new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, default);

        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Json);
        var access = PortalClient.Read(tokens.AccessToken!);
        Assert.Equal("reporting", access.Subject);
        Assert.Equal(["federation:taipei"], access.Audiences);
        Assert.Empty(PortalClient.Roles(tokens.AccessToken!));
        Assert.Equal("invalid_client", wrong.Error);
    }

    [Fact]
    public async Task A_production_node_refuses_the_password_endpoint_and_says_where_to_sign_in()
    {
        await using var inbox = await MailInbox.StartAsync();
        using var node = IdentityNode.OnRealPort(Scratch, environment: "Production", mail: inbox);

        var response = await node.CreateClient().RequestTokenAsync("agency@taipei", TestFolder.DevPassword);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal("unsupported_grant_type", problem.Text("error"));
        Assert.Contains("/connect/authorize", problem.Text("detail"));
    }

    [Fact]
    public async Task One_address_trying_too_many_passwords_on_the_sign_in_page_is_told_to_wait()
    {
        using var node = IdentityNode.OnRealPort(Scratch, settings: new() { ["Identity:TokenRequestsPerMinute"] = "2" });
        using var browser = new CodeFlow();
        var signIn = await PortalClient.AuthorizeAsync(browser, node);

        foreach (var attempt in new[] { "wrong-1", "wrong-2" })
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitAsync(signIn, PortalClient.Password("agency@taipei", attempt), null, default)).Page.Status);
        var third = await browser.SubmitAsync(signIn, PortalClient.Password("agency@taipei"), null, default);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.Page.Status);
        Assert.Contains("Too many requests. Please wait a minute and try again.", third.Page.Html);
        Assert.Null(third.Code);
    }
}
