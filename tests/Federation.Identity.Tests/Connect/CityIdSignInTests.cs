using Federation.CityId;

namespace Federation.Identity.Tests.Connect;

/// <summary>
/// A city's own digital ID ("Sign in with TaipeiPASS") added by configuration alone, proven with a second, independent
/// OpenID Connect provider: people it vouches for are matched to the node's people by a verified e-mail address.
/// </summary>
public sealed class CityIdSignInTests : TestsWith<TestFolder>, IAsyncLifetime
{
    private const string ClientSecret = "taipeipass-secret-for-the-taipei-node";
    private const string CityPassword = "city-id-password";
    private readonly int _port = FreePorts.Next();
    private CityIdProvider _cityId = null!;
    private IdentityNode _node = null!;

    private static readonly CityIdPerson Invited = new("A123456789", "chen@dot.taipei.test", true, "Chen Mei-ling", CityPassword);
    private static readonly CityIdPerson Unverified = new("B223456789", "lin@dot.taipei.test", false, "Lin", CityPassword);
    private static readonly CityIdPerson Stranger = new("C323456789", "wu@elsewhere.test", true, "Wu", CityPassword);

    public async Task InitializeAsync()
    {
        _cityId = new CityIdProvider([Invited, Unverified, Stranger],
            [new CityIdClient("taipei-node", ClientSecret, $"http://127.0.0.1:{_port}/signin-taipeipass")]);
        _node = IdentityNode.OnRealPort(Scratch, port: _port, settings: new()
        {
            ["Identity:ExternalProviders:taipeipass:DisplayName"] = "TaipeiPASS",
            ["Identity:ExternalProviders:taipeipass:Authority"] = _cityId.Issuer.ToString(),
            ["Identity:ExternalProviders:taipeipass:ClientId"] = "taipei-node",
            ["Identity:ExternalProviders:taipeipass:ClientSecret"] = ClientSecret,
            ["Identity:ExternalProviders:taipeipass:RequireHttpsMetadata"] = "false",
        });
        // Both addresses live in the node's directory; only Chen's is vouched for by the city ID.
        var admin = _node.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", (await admin.TokenForAsync("admin@taipei")).AccessToken);
        var agency = (await _node.FindUserAsync("agency@taipei"))!.OrganisationId;
        foreach (var email in new[] { Invited.Email, Unverified.Email })
            Assert.Equal(HttpStatusCode.Created,
                (await admin.PostAsJsonAsync("/api/invitations", new InvitationRequest(email, "Invited", agency, [Roles.Agency], "en"))).StatusCode);
    }

    public async Task DisposeAsync()
    {
        _node.Dispose();
        await _cityId.DisposeAsync();
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_city_id_named_in_configuration()
    {
        using var browser = new CodeFlow();
        var page = (await PortalClient.AuthorizeAsync(browser, _node)).Page;

        Assert.Contains("Sign in with TaipeiPASS", page.Html);
    }

    [Fact]
    public async Task An_invited_person_signs_in_with_the_city_id_accepting_the_invitation_and_lands_on_their_roles()
    {
        var tokens = await SignInWithCityIdAsync(Invited);

        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Json);
        var access = PortalClient.Read(tokens.AccessToken!);
        Assert.Equal(Invited.Email, access.GetClaim("name").Value);
        Assert.Equal([Roles.Agency], PortalClient.Roles(tokens.AccessToken!));
        var person = await _node.FindUserAsync(Invited.Email);
        Assert.Equal("active", person!.Status);
        Assert.Null(person.PasswordHash); // a city ID needs no password here

        // The second time the link made the first time matches them.
        Assert.Equal(access.Subject, PortalClient.Read((await SignInWithCityIdAsync(Invited)).AccessToken!).Subject);
    }

    [Fact]
    public async Task An_address_the_city_id_did_not_verify_is_not_matched()
    {
        var refused = await CityIdPageAsync(Unverified);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Page.Status);
        Assert.Contains("TaipeiPASS did not confirm your e-mail address", refused.Page.Html);
        Assert.Null(refused.Code);
        Assert.Equal("invited", (await _node.FindUserAsync(Unverified.Email))!.Status);
    }

    [Fact]
    public async Task A_person_the_node_does_not_know_is_refused_and_nobody_is_created()
    {
        var refused = await CityIdPageAsync(Stranger);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Page.Status);
        Assert.Contains("No person of this node has the address wu@elsewhere.test", refused.Page.Html);
        Assert.Null(await _node.FindUserAsync(Stranger.Email));
    }

    private async Task<CodeFlowResult> SignInWithCityIdAsync(CityIdPerson person)
    {
        using var browser = new CodeFlow();
        return await browser.RedeemCodeAsync(await CityIdPageAsync(person, browser), _node.PortalClientSecret, default);
    }

    /// <summary>The node's sign-in page, its TaipeiPASS button, the city ID's own form: where the browser ends up.</summary>
    private async Task<CodeFlowAuthorization> CityIdPageAsync(CityIdPerson person, CodeFlow? browser = null)
    {
        using var own = browser is null ? new CodeFlow() : null;
        browser ??= own!;
        var signIn = await PortalClient.AuthorizeAsync(browser, _node);
        var atCityId = await browser.SubmitAsync(signIn, new Dictionary<string, string>(), "external-taipeipass", default);
        Assert.Contains(_cityId.Issuer.Authority, atCityId.Page.Address.Authority);
        return await browser.SubmitAsync(atCityId, new Dictionary<string, string> { ["Email"] = person.Email, ["Password"] = person.Password }, null, default);
    }
}
