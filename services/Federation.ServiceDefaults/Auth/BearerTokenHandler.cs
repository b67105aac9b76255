using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Auth;

/// <summary>
/// Bearer token authentication (RFC 6750). Written here because the JwtBearer package cannot be
/// restored on these machines; it does the same checks through <see cref="TokenValidator"/>.
/// Refusals are ProblemDetails, like every other error.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    TokenValidator validator, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    private string? _failure;
    private bool _issuerUnreachable;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        ClaimsIdentity? identity;
        string? problem;
        try
        {
            (identity, problem) = await validator.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        }
        catch (IssuerUnreachableException e)
        {
            // Public reads still go on anonymously; a protected endpoint answers 503 (see the challenge).
            _issuerUnreachable = true;
            Logger.LogWarning(e, "Bearer token not checked: {Reason}", e.Message);
            return AuthenticateResult.Fail(e.Message);
        }
        if (identity is null)
        {
            _failure = problem;
            Logger.LogInformation("Bearer token refused: {Reason}", problem);
            return AuthenticateResult.Fail(problem ?? "invalid token");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_issuerUnreachable)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "10";
            return WriteAsync("This city's identity service cannot be reached to check the token: try again shortly.");
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = _failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        return WriteAsync(_failure is null ? "Sign in: send a bearer token from POST /api/auth/token of this city's identity service."
            : "The bearer token was refused.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteAsync("Your role or city does not allow this.");
    }

    private Task WriteAsync(string detail) => problems.WriteAsync(new ProblemDetailsContext
    {
        HttpContext = Context,
        ProblemDetails = new ProblemDetails { Status = Response.StatusCode, Detail = detail },
    }).AsTask();
}
