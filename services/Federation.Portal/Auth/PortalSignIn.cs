using System.Security.Claims;
using Federation.Contracts.Identity;
using Federation.ServiceDefaults.Auth;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Federation.Portal.Auth;

/// <summary>
/// Browser sign-in on the node's own users: the password gets a token from the city's identity service,
/// the portal checks that token with the services' own JwtBearer scheme, and keeps it in the (encrypted)
/// cookie, so the pages call the services as the user. The cookie ends when the token does: at most an hour.
/// </summary>
public static class PortalSignIn
{
    public const string AccessTokenClaim = "access_token";
    private static readonly object TokenToCheck = new();

    public static IHostApplicationBuilder AddPortalSignIn(this IHostApplicationBuilder builder)
    {
        builder.AddBearerTokens();
        // The scheme reads only the token the sign-in hands it, never a browser's Authorization header.
        builder.Services.AddOptions<JwtBearerOptions>(BearerTokens.Scheme).Configure(o => o.Events.OnMessageReceived = context =>
        {
            context.Token = context.HttpContext.Items[TokenToCheck] as string;
            if (context.Token is null) context.NoResult();
            return Task.CompletedTask;
        });
        // Keys kept with the node's data survive a restart, so that nobody is signed out by one.
        var keys = builder.Configuration["Portal:KeysDirectory"];
        var protection = builder.Services.AddDataProtection().SetApplicationName("federation-portal");
        if (!string.IsNullOrEmpty(keys)) protection.PersistKeysToFileSystem(new DirectoryInfo(keys));

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/account/signin";
                o.LogoutPath = "/account/signout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = false;
            });
        builder.Services.AddAuthorization();
        builder.Services.AddOptions<SignInLimitOptions>().BindConfiguration("Portal").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SignInLimit>();
        // Browsers keep cookies per host, not per port: the local federation's portals all run on
        // 127.0.0.1, so each city names its cookies, or one city's session would replace another's.
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ThisCity>((o, city) => o.Cookie.Name = $"portal.{city.Id}.session");
        builder.Services.AddOptions<AntiforgeryOptions>().Configure<ThisCity>((o, city) => o.Cookie.Name = $"portal.{city.Id}.antiforgery");
        builder.Services.AddOptions<CookieTempDataProviderOptions>().Configure<ThisCity>((o, city) => o.Cookie.Name = $"portal.{city.Id}.confirmation");
        return builder;
    }

    /// <summary>Every check a service makes on <paramref name="accessToken"/>, by the same JwtBearer scheme and issuer keys.</summary>
    public static Task<AuthenticateResult> CheckTokenAsync(HttpContext http, string accessToken)
    {
        http.Items[TokenToCheck] = accessToken;
        return http.AuthenticateAsync(BearerTokens.Scheme);
    }

    /// <summary>The cookie's user: the token's claims (roles under <c>role</c>) and the token itself.</summary>
    public static ClaimsPrincipal PrincipalOf(ClaimsIdentity token, string accessToken)
    {
        var claims = token.Claims.Where(c => c.Type is "sub" or "name" or FederationClaims.City or FederationClaims.Role or FederationClaims.Organisation or FederationClaims.OrganisationId)
            .Select(c => new Claim(c.Type, c.Value))
            .Append(new Claim(AccessTokenClaim, accessToken));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, "name", FederationClaims.Role));
    }

    public static string? AccessToken(this ClaimsPrincipal user) => user.FindFirst(AccessTokenClaim)?.Value;

    public static string? Organisation(this ClaimsPrincipal user) => user.FindFirst(FederationClaims.Organisation)?.Value;

    /// <summary>The id of the user's organisation in the city's directory (sessions begun before it was kept have none).</summary>
    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(FederationClaims.OrganisationId)?.Value, out var id) ? id : null;
}
