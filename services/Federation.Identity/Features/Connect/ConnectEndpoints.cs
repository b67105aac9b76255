using Federation.Identity.Features.Tokens;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Federation.Identity.Features.Connect;

/// <summary>
/// The endpoints OpenIddict passes through after checking the protocol (client, redirect address, PKCE, codes and
/// refresh tokens): here the node decides who the person is and whether they may have tokens now.
/// </summary>
public static class ConnectEndpoints
{
    public static void MapConnect(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("OpenID Connect").AllowAnonymous().ExcludeFromDescription();
        group.MapMethods(ConnectRegistration.AuthorizePath, ["GET", "POST"], Authorize);
        group.MapPost(ConnectRegistration.TokenPath, Exchange);
        group.MapMethods(ConnectRegistration.EndSessionPath, ["GET", "POST"], (Delegate)EndSession);
    }

    private static async Task<IResult> Authorize(HttpContext http, UserManager<CityUser> users, PersonPrincipals people)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict passed no request through");
        var session = await http.AuthenticateAsync(SessionCookie.Scheme);
        var user = session.Succeeded ? await users.FindByIdAsync(session.Principal!.FindFirstValue(Claims.Subject) ?? "") : null;
        // Someone deactivated (or of an organisation suspended) since they signed in here signs in again, and is told why.
        if (user is not null && await people.StandingAsync(user) != SignInOutcome.Succeeded) user = null;
        if (user is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Refuse(Errors.LoginRequired, "Nobody is signed in at this city's identity service.");
            if (session.Succeeded) await http.SignOutAsync(SessionCookie.Scheme);
            // Back here, with the same request, once the person has signed in (prompt=login asked only once).
            var parameters = request.GetParameters().Where(p => p.Key != Parameters.Prompt)
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [SessionCookie.Scheme]);
        }
        return Results.SignIn(await people.PrincipalAsync(user, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> Exchange(HttpContext http, UserManager<CityUser> users, PersonPrincipals people)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict passed no request through");
        if (request.IsClientCredentialsGrantType())
            return Results.SignIn(people.ServicePrincipal(request.ClientId!, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
            return Refuse(Errors.UnsupportedGrantType, "This grant type is not served.");

        // The code or refresh token is OpenIddict's to check; the person behind it is read again, with today's roles.
        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = await users.FindByIdAsync(granted.Principal?.FindFirstValue(Claims.Subject) ?? "");
        if (user is null) return Refuse(Errors.InvalidGrant, "The person no longer exists.");
        return await people.StandingAsync(user) switch
        {
            SignInOutcome.Succeeded => Results.SignIn(await people.PrincipalAsync(user, granted.Principal!.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme),
            SignInOutcome.Deactivated => Refuse(Errors.InvalidGrant, "This account was deactivated by the node's administrators."),
            _ => Refuse(Errors.InvalidGrant, $"{user.Organisation?.DisplayName} cannot sign in: it is {user.Organisation?.Status}."),
        };
    }

    private static async Task<IResult> EndSession(HttpContext http)
    {
        await http.SignOutAsync(SessionCookie.Scheme);
        // OpenIddict sends the browser back to the client's registered post-logout address.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>An OAuth error, answered by OpenIddict in the protocol's own form (JSON, or a redirect back to the client).</summary>
    private static IResult Refuse(string error, string description) => Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
