using Microsoft.IdentityModel.JsonWebTokens;

namespace Federation.Identity.Tests.Connect;

/// <summary>What the city's portal does at a node's provider, done by a script-less browser: the code flow with PKCE.</summary>
internal static class PortalClient
{
    public const string Id = "portal";
    public const string Scope = "openid profile offline_access federation";

    /// <summary>Where the node sends the browser back: Identity:PortalAddress (http://127.0.0.1:5100) + /signin-oidc.</summary>
    public static readonly Uri RedirectUri = new("http://127.0.0.1:5100/signin-oidc");

    public static Dictionary<string, string> Password(string user, string password = TestFolder.DevPassword) =>
        new() { ["UserName"] = user, ["Password"] = password };

    /// <summary>Signs <paramref name="user"/> in on the node's own sign-in page and redeems the code.</summary>
    public static async Task<CodeFlowResult> SignInAsync(IdentityNode node, string user, string password = TestFolder.DevPassword)
    {
        using var browser = new CodeFlow();
        var tokens = await browser.SignInAsync(new Uri(node.Issuer), Id, node.PortalClientSecret, RedirectUri, Scope, Password(user, password), default);
        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Json);
        return tokens;
    }

    public static Task<CodeFlowAuthorization> AuthorizeAsync(CodeFlow browser, IdentityNode node, string scope = Scope) =>
        browser.AuthorizeAsync(new Uri(node.Issuer), Id, RedirectUri, scope, default);

    public static async Task<CodeFlowResult> RefreshAsync(IdentityNode node, string refreshToken)
    {
        using var browser = new CodeFlow();
        return await browser.RefreshAsync(new Uri(node.Issuer), Id, node.PortalClientSecret, refreshToken, default);
    }

    public static JsonWebToken Read(string token) => new(token);

    public static IEnumerable<string> Roles(string accessToken) =>
        Read(accessToken).Claims.Where(c => c.Type == FederationClaims.Role).Select(c => c.Value);
}
