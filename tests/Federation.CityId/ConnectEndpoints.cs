using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Federation.CityId;

/// <summary>
/// The two passthrough endpoints: OpenIddict has already validated the request (client, redirect URI,
/// PKCE) when these run; they only decide who the tokens are about.
/// </summary>
public static class ConnectEndpoints
{
    public static void MapConnectEndpoints(this WebApplication app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, IOptions<CityIdOptions> options) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var signedIn = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            var person = options.Value.People.FirstOrDefault(p => p.Subject == signedIn.Principal?.FindFirstValue(ClaimTypes.NameIdentifier));
            // Not signed in (or no longer configured): the cookie handler sends the browser to /login, back here after.
            if (person is null) return Results.Challenge(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme]);
            return SignIn(person, request.GetScopes());
        });

        app.MapPost("/connect/token", async (HttpContext http, IOptions<CityIdOptions> options) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
                return Forbid(Errors.UnsupportedGrantType, "Only the authorization code and refresh token grants are served.");
            // The code or refresh token carries the principal that was signed in at /connect/authorize.
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var person = options.Value.People.FirstOrDefault(p => p.Subject == granted.Principal?.GetClaim(Claims.Subject));
            if (person is null) return Forbid(Errors.InvalidGrant, "The person is no longer known to the city ID.");
            // Claims are issued afresh, so a changed name or e-mail shows in refreshed tokens.
            return SignIn(person, granted.Principal!.GetScopes());
        });
    }

    private static IResult SignIn(CityIdPerson person, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Subject)
            .SetClaim(Claims.Email, person.Email)
            .SetClaim(Claims.EmailVerified, person.EmailVerified) // a JSON boolean, not the string "true"
            .SetClaim(Claims.Name, person.Name);
        identity.SetScopes(scopes);
        // Relying parties read the person from the id_token; APIs they call may read the access token.
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
