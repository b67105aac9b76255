using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Federation.Portal.Auth;

/// <summary>
/// Keeps a portal session's access token fresh and its person in good standing: once the token is older than
/// <c>Portal:SessionCheckInterval</c> (five minutes) or within a minute of its end, the refresh token buys a new one, with
/// the person's current roles. A refused refresh (deactivated, suspended, revoked, expired) ends the session, so a
/// person the node stops is signed out of the portal within that interval.
/// </summary>
public sealed class SessionRefresh(IHttpClientFactory clients, IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<PortalClientOptions> portal,
    TimeProvider time, ILogger<SessionRefresh> log)
{
    public const string HttpClientName = "session-refresh";
    private static readonly TimeSpan Ahead = TimeSpan.FromMinutes(1);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal;
        if (user?.AccessToken() is not { } accessToken) return;
        var token = new JsonWebToken(accessToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (token.ValidTo - now > Ahead && now - token.IssuedAt < portal.Value.SessionCheckInterval) return;

        var refreshed = user.FindFirst(PortalSignIn.RefreshTokenClaim)?.Value is { } refreshToken
            ? await RefreshAsync(context.HttpContext, refreshToken, user.Identity?.Name) : null;
        if (refreshed is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.ReplacePrincipal(refreshed);
        context.ShouldRenew = true;
    }

    private async Task<ClaimsPrincipal?> RefreshAsync(HttpContext http, string refreshToken, string? name)
    {
        var options = oidc.Get(PortalSignIn.Scheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(http.RequestAborted);
            using var response = await clients.CreateClient(HttpClientName).PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = refreshToken,
                    ["client_id"] = options.ClientId!,
                    ["client_secret"] = options.ClientSecret!,
                }), http.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                log.LogInformation("The session of {User} ends: the identity service refused its refresh ({Status})", name, (int)response.StatusCode);
                return null;
            }
            var tokens = await response.Content.ReadFromJsonAsync<TokenAnswer>(http.RequestAborted);
            if (tokens?.AccessToken is null) return null;
            var checkedToken = await PortalSignIn.CheckTokenAsync(http, tokens.AccessToken);
            return checkedToken is { Succeeded: true, Principal.Identity: ClaimsIdentity identity }
                ? PortalSignIn.PrincipalOf(identity, tokens.AccessToken, tokens.RefreshToken ?? refreshToken) : null;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            // The identity service away: the session ends rather than calling the services with a dead token.
            log.LogWarning(e, "The session of {User} ends: its token could not be refreshed", name);
            return null;
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken);
}
