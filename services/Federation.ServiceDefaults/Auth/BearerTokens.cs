using Federation.Contracts.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Federation.ServiceDefaults.Auth;

/// <summary>
/// What a bearer token must be on every node, for ASP.NET Core's JwtBearer: issuer, audience, an ES256
/// or RS256 signature, a lifetime within 30 s of clock skew and no longer than the node accepts.
/// Refusals are ProblemDetails, like every other error.
/// </summary>
public static class BearerTokens
{
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);
    private static readonly object IssuerUnreachable = new();

    /// <summary>The checks on the token itself; the issuer and its keys come from discovery (or, at the identity service, its own key).</summary>
    public static TokenValidationParameters Parameters(string audience, TimeProvider time) => new()
    {
        ValidAudience = audience,
        ClockSkew = Skew,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256],
        // IdentityModel's own lifetime check reads the system clock; the host's TimeProvider is the one to follow.
        LifetimeValidator = (notBefore, expires, _, _) =>
            (notBefore is null || notBefore <= time.GetUtcNow().UtcDateTime + Skew) &&
            expires is not null && expires > time.GetUtcNow().UtcDateTime - Skew,
        NameClaimType = JwtRegisteredClaimNames.Name,
        RoleClaimType = FederationClaims.Role,
        AuthenticationType = Scheme,
    };

    public static JwtBearerEvents Events(TimeSpan maxLifetime) => new()
    {
        // The issuer says how long its tokens live; this node caps how long a stolen one stays of use.
        OnTokenValidated = context =>
        {
            if (context.SecurityToken is not JsonWebToken token || token.ValidTo - token.IssuedAt > maxLifetime + Skew)
            {
                Logger(context.HttpContext).LogInformation("Bearer token refused: it lives longer than {MaxLifetime}", maxLifetime);
                context.Fail($"The token lives longer than {maxLifetime}.");
            }
            return Task.CompletedTask;
        },
        // With no keys fetched yet (once fetched, the last good ones are kept while the issuer is away), the fault
        // is not the caller's: a protected endpoint answers 503 (see the challenge), public reads go on anonymously.
        OnAuthenticationFailed = async context =>
        {
            if (context.Options.ConfigurationManager is not { } issuer) return;
            try
            {
                await issuer.GetConfigurationAsync(context.HttpContext.RequestAborted);
            }
            catch (InvalidOperationException e)
            {
                context.HttpContext.Items[IssuerUnreachable] = true;
                Logger(context.HttpContext).LogWarning(e, "Bearer token not checked: the token issuer {Authority} cannot be reached", context.Options.Authority);
            }
        },
        OnChallenge = context =>
        {
            context.HandleResponse();
            var http = context.HttpContext;
            if (http.Items.ContainsKey(IssuerUnreachable))
            {
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = "10";
                return WriteAsync(http, "This city's identity service cannot be reached to check the token: try again shortly.");
            }
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
            return WriteAsync(http, context.AuthenticateFailure is null
                ? "Sign in: send a bearer token from this city's identity service (OpenID Connect, see its /.well-known/openid-configuration)."
                : "The bearer token was refused.");
        },
        OnForbidden = context => WriteAsync(context.HttpContext, "Your role or city does not allow this."),
    };

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BearerTokens));

    private static Task WriteAsync(HttpContext http, string detail) =>
        http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = http.Response.StatusCode, Detail = detail },
        }).AsTask();
}
