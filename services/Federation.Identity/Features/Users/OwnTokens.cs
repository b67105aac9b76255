using System.Security.Claims;
using System.Text.Encodings.Web;
using Federation.Contracts.Identity;
using Federation.Identity.Signing;
using Federation.ServiceDefaults.Auth;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Federation.Identity.Features.Users;

/// <summary>
/// The identity service checks the tokens it issued itself, with its own key: asking its own discovery
/// document over HTTP would make it depend on its own address being reachable.
/// </summary>
internal sealed class OwnTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    TokenSigningKey key, IOptions<IdentityNodeOptions> node, ThisCity city, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);
    private static readonly JsonWebTokenHandler Tokens = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var result = await Tokens.ValidateTokenAsync(header["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            ValidIssuer = node.Value.Issuer,
            ValidAudience = FederationClaims.AudienceOf(city.Id),
            IssuerSigningKey = key.SecurityKey,
            ValidAlgorithms = [TokenSigningKey.Algorithm],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = Skew,
            LifetimeValidator = (notBefore, expires, _, _) =>
                (notBefore is null || notBefore <= time.GetUtcNow().UtcDateTime + Skew) &&
                expires is not null && expires > time.GetUtcNow().UtcDateTime - Skew,
            NameClaimType = "name",
            RoleClaimType = FederationClaims.Role,
            AuthenticationType = BearerTokenHandler.SchemeName,
        });
        return result.IsValid
            ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(result.ClaimsIdentity), BearerTokenHandler.SchemeName))
            : AuthenticateResult.Fail(result.Exception?.Message ?? "invalid token");
    }
}

internal static class OwnTokens
{
    /// <summary>Bearer tokens of this node, and the one policy its user lookup needs: an agency of this city.</summary>
    public static IHostApplicationBuilder AddOwnTokenAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, OwnTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddOptions<Microsoft.AspNetCore.Authorization.AuthorizationOptions>().Configure<ThisCity>((o, city) =>
            o.AddPolicy(Policies.Agency, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireAuthenticatedUser()
                .RequireClaim(FederationClaims.City, city.Id).RequireRole(Roles.Agency)));
        return builder;
    }
}
