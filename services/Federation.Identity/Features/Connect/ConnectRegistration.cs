using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Federation.Identity.Features.Connect;

/// <summary>
/// The node as an OpenID Connect provider (OpenIddict): the portal signs people in by the authorization code flow
/// with PKCE and keeps them signed in by refresh tokens; services may get tokens of their own by client credentials.
/// Access tokens are the ES256 JWTs every service validates by discovery, with the lifetime of <c>Identity:TokenLifetime</c>.
/// </summary>
public static class ConnectRegistration
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string EndSessionPath = "/connect/endsession";
    public const string RevocationPath = "/connect/revoke";

    /// <summary>The scope the portal asks for: the person's city, organisation and roles in its tokens.</summary>
    public const string FederationScope = "federation";

    public static IHostApplicationBuilder AddConnect(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<UserDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris(AuthorizePath[1..]).SetTokenEndpointUris(TokenPath[1..])
                    .SetEndSessionEndpointUris(EndSessionPath[1..]).SetRevocationEndpointUris(RevocationPath[1..]);
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AllowRefreshTokenFlow();
                o.AllowClientCredentialsFlow();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, FederationScope);
                o.RegisterClaims(Claims.Subject, Claims.Name, FederationClaims.City, FederationClaims.Organisation, FederationClaims.OrganisationId, FederationClaims.Role);
                // The services validate access tokens as plain signed JWTs (JwtBearer, keys by discovery).
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
            });
        // Issuer, keys and lifetimes follow the node's validated Identity:* options.
        builder.Services.AddOptions<OpenIddictServerOptions>()
            .Configure<IOptions<IdentityNodeOptions>, TokenSigningKey>((server, node, key) =>
            {
                server.Issuer = new Uri(node.Value.IssuerName);
                server.SigningCredentials.Add(key.Credentials);
                server.EncryptionCredentials.Add(new EncryptingCredentials(
                    TokenEncryptionKey.LoadOrCreate(node.Value.KeptBesideTokenKey("token-encryption-key")),
                    SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
                server.AccessTokenLifetime = node.Value.TokenLifetime;
                server.IdentityTokenLifetime = node.Value.TokenLifetime;
                server.RefreshTokenLifetime = node.Value.RefreshTokenLifetime;
            });
        // The local federation and the tests serve plain http on loopback; a public node names an https issuer.
        builder.Services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IOptions<IdentityNodeOptions>>((aspnet, node) =>
            aspnet.DisableTransportSecurityRequirement = node.Value.Issuer.StartsWith("http://", StringComparison.OrdinalIgnoreCase));

        // OpenIddict logs each request it extracts, PKCE verifier included: its warnings and errors are enough.
        builder.Logging.AddFilter("OpenIddict", LogLevel.Warning);
        builder.AddSessionCookie();
        builder.Services.AddHostedService<ClientRegistrations>();
        builder.Services.AddScoped<PersonPrincipals>();
        builder.Services.AddScoped<SessionEnd>();
        return builder;
    }

    /// <summary>The provider's own sign-in: a cookie for the identity service's pages, which the authorization endpoint reads.</summary>
    private static void AddSessionCookie(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCookie(SessionCookie.Scheme, o =>
        {
            o.LoginPath = SessionCookie.SignInPath;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = SessionCookie.Lifetime;
            o.SlidingExpiration = false;
        }).AddCookie(SessionCookie.ExternalScheme, o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(10);
        });
        // Browsers keep cookies per host, not per port: each city's identity service names its own.
        builder.Services.AddOptions<CookieAuthenticationOptions>(SessionCookie.Scheme)
            .Configure<ThisCity>((o, city) => o.Cookie.Name = $"identity.{city.Id}.session");
        builder.Services.AddOptions<CookieAuthenticationOptions>(SessionCookie.ExternalScheme)
            .Configure<ThisCity>((o, city) => o.Cookie.Name = $"identity.{city.Id}.external");
        builder.Services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>()
            .Configure<ThisCity>((o, city) => o.Cookie.Name = $"identity.{city.Id}.antiforgery");
        // Kept beside the token key, so that a restart signs nobody out.
        var keys = builder.Configuration[$"{IdentityNodeOptions.Section}:{nameof(IdentityNodeOptions.TokenKeyFile)}"];
        var protection = builder.Services.AddDataProtection().SetApplicationName("federation-identity");
        if (!string.IsNullOrEmpty(keys))
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(keys))!, "identity-keys")));
    }
}

/// <summary>The identity service's own session: who has proved themselves here (by password or a city ID).</summary>
public static class SessionCookie
{
    public const string Scheme = "IdentitySession";

    /// <summary>Holds what a city's ID provider said about a person until the node has matched them to one of its people.</summary>
    public const string ExternalScheme = "IdentityExternal";

    public const string SignInPath = "/account/signin";

    /// <summary>How long a person stays signed in at the provider (the portal's own session follows its refresh token).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>Back into this provider's own authorization flow only; anything else goes to the city's portal.</summary>
    public static string ReturnAddress(string? returnUrl, IdentityNodeOptions node) =>
        returnUrl is not null && returnUrl.StartsWith(ConnectRegistration.AuthorizePath, StringComparison.Ordinal)
            ? returnUrl : node.PortalAddress.TrimEnd('/') + "/";

    /// <summary>Only who they are: roles and organisation are read afresh at every authorization.</summary>
    public static ClaimsPrincipal PrincipalOf(CityUser user) => new(new ClaimsIdentity(
        [new Claim("sub", user.Id), new Claim("name", user.UserName!)], Scheme, "name", FederationClaims.Role));
}
