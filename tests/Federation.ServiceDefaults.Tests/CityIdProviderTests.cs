using System.Net;
using System.Text.Json;
using Federation.CityId;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Federation.ServiceDefaults.Tests;

/// <summary>The city ID test provider, driven by the script-less browser as a relying party would drive it.</summary>
public sealed class CityIdProviderTests : IAsyncLifetime
{
    private static readonly CityIdPerson Mei = new("taipei-0001", "mei@taipei.example", true, "Lin Mei", "Mei-city-id-2026!");
    private static readonly Uri RedirectUri = new("http://127.0.0.1:5104/signin-cityid");
    private const string ClientId = "federation-taipei";
    private const string ClientSecret = "taipei-node-secret";

    private CityIdProvider provider = null!;
    private readonly CodeFlow browser = new();
    // A flow that hangs fails the test instead of the run.
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromMinutes(1));
    private CancellationToken Ct => timeout.Token;

    public Task InitializeAsync()
    {
        provider = new CityIdProvider([Mei], [new CityIdClient(ClientId, ClientSecret, RedirectUri.ToString())]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        timeout.Dispose();
        await provider.DisposeAsync();
    }

    private static Dictionary<string, string> SignIn(string password) => new() { ["Email"] = Mei.Email, ["Password"] = password };

    [Fact]
    public async Task A_person_who_signs_in_is_named_by_the_id_token_with_a_verified_email()
    {
        var tokens = await browser.SignInAsync(provider.Issuer, ClientId, ClientSecret, RedirectUri, "openid email profile", SignIn(Mei.Password), Ct);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.NotNull(tokens.AccessToken);
        var idToken = new JsonWebTokenHandler().ReadJsonWebToken(tokens.IdToken);
        Assert.Equal(provider.Issuer.ToString(), idToken.Issuer);
        Assert.Contains(ClientId, idToken.Audiences);
        Assert.Equal(Mei.Subject, idToken.Subject);
        Assert.Equal(Mei.Email, idToken.GetPayloadValue<string>("email"));
        Assert.Equal(Mei.Name, idToken.GetPayloadValue<string>("name"));
        // A JSON true, not the string "true": relying parties compare it as a boolean.
        var payload = JsonDocument.Parse(Base64UrlDecode(tokens.IdToken!.Split('.')[1])).RootElement;
        Assert.Equal(JsonValueKind.True, payload.GetProperty("email_verified").ValueKind);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_sign_in_form_again_and_gives_no_code()
    {
        var authorization = await browser.AuthorizeAsync(provider.Issuer, ClientId, RedirectUri, "openid email", Ct);
        Assert.Null(authorization.Page.Location);

        var refused = await browser.SubmitAsync(authorization, SignIn("not-her-password"), formName: null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Page.Status);
        Assert.Null(refused.Page.Location);
        Assert.Null(refused.Code);
        Assert.Contains(refused.Page.Forms.Single().Fields, field => field.Key == "Password");
        Assert.Contains("Wrong e-mail or password", refused.Page.Html);
    }

    [Fact]
    public async Task A_code_redeemed_without_its_PKCE_verifier_is_refused()
    {
        var signedIn = await SignedInAsync();

        var refused = await RedeemAsync(signedIn, verifier: null);

        // A missing parameter is a malformed request (RFC 6749 5.2), not a wrong grant.
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("invalid_request", refused.Error);
        Assert.Contains("code_verifier", refused.Json);
        Assert.Null(refused.IdToken);
    }

    [Fact]
    public async Task A_code_redeemed_with_another_PKCE_verifier_is_refused_as_an_invalid_grant()
    {
        var signedIn = await SignedInAsync();

        var refused = await RedeemAsync(signedIn, verifier: new string('x', 64));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("invalid_grant", refused.Error);
        Assert.Null(refused.IdToken);
    }

    private async Task<CodeFlowAuthorization> SignedInAsync()
    {
        var authorization = await browser.AuthorizeAsync(provider.Issuer, ClientId, RedirectUri, "openid email", Ct);
        var signedIn = await browser.SubmitAsync(authorization, SignIn(Mei.Password), formName: null, Ct);
        Assert.NotNull(signedIn.Code);
        return signedIn;
    }

    private Task<CodeFlowResult> RedeemAsync(CodeFlowAuthorization signedIn, string? verifier)
    {
        var parameters = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = signedIn.Code!, ["redirect_uri"] = RedirectUri.ToString(),
        };
        if (verifier is not null) parameters["code_verifier"] = verifier;
        return browser.RequestTokenAsync(signedIn.Provider.TokenEndpoint, ClientId, ClientSecret, parameters, Ct);
    }

    [Fact]
    public async Task A_refresh_token_gives_new_tokens_for_the_same_person_to_a_client_proving_itself_by_basic_authentication()
    {
        using var basic = new CodeFlow { ClientAuthentication = ClientAuthentication.ClientSecretBasic };
        var first = await basic.SignInAsync(provider.Issuer, ClientId, ClientSecret, RedirectUri, "openid email profile offline_access", SignIn(Mei.Password), Ct);
        Assert.NotNull(first.RefreshToken);

        var refreshed = await basic.RefreshAsync(provider.Issuer, ClientId, ClientSecret, first.RefreshToken, Ct);

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.NotEqual(first.AccessToken, refreshed.AccessToken);
        Assert.Equal(Mei.Subject, new JsonWebTokenHandler().ReadJsonWebToken(refreshed.IdToken).Subject);
    }

    private static byte[] Base64UrlDecode(string text) =>
        Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + (4 - text.Length % 4) % 4, '='));
}
