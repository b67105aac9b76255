namespace Federation.Identity.Features.Tokens;

public static class TokenEndpoints
{
    public const string Path = "/api/auth/token";

    /// <summary>
    /// A token for a name and password, for the README's curl walkthroughs and scripts against the local federation:
    /// only a Development node serves it. Everywhere else people sign in by the authorization code flow.
    /// </summary>
    public static void MapTokenApi(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            app.MapPost(Path, () => TokenProblems.PasswordGrantRefused()).WithTags("Auth").AllowAnonymous().ExcludeFromDescription();
            return;
        }
        app.MapPost(Path, IssueToken).WithTags("Auth")
            .WithSummary("Development only: exchange a node user's name and password for a bearer token")
            .RequireRateLimiting(TokenRateLimit.Policy).AllowAnonymous(); // the password is the credential
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueToken(
        TokenRequest request, PasswordSignIn signIn, UserManager<CityUser> users, TokenIssuer issuer,
        UserTokenLimit perUser, HttpContext http)
    {
        var missing = new InputProblems();
        if (string.IsNullOrWhiteSpace(request.Username)) missing.Add("username", FieldCodes.Required, "username is required.");
        if (string.IsNullOrEmpty(request.Password)) missing.Add("password", FieldCodes.Required, "password is required.");
        if (missing.Any) return missing.ToResult();
        if (perUser.TryTake(request.Username!) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TokenProblems.TooManyForUser(seconds);
        }

        var (outcome, user) = await signIn.CheckAsync(request.Username!.Trim(), request.Password!);
        return outcome switch
        {
            SignInOutcome.Succeeded => TypedResults.Ok(issuer.Issue(user!, await users.GetRolesAsync(user!))),
            SignInOutcome.LockedOut => TokenProblems.Locked(user!.LockoutEnd),
            SignInOutcome.Deactivated => TokenProblems.Deactivated(),
            SignInOutcome.OrganisationNotActive => TokenProblems.OrganisationNotActive(user!.Organisation),
            _ => TokenProblems.InvalidGrant(),
        };
    }
}
