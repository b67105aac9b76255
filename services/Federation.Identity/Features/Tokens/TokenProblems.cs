namespace Federation.Identity.Features.Tokens;

/// <summary>Refusals of the token endpoint, as ProblemDetails carrying an OAuth 2.0 error code (RFC 6749 5.2).</summary>
internal static class TokenProblems
{
    // One answer for an unknown name and a wrong password: telling them apart would confirm which names exist.
    public static ProblemHttpResult InvalidGrant() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid credentials",
        detail: "The user name or password is wrong.",
        extensions: new Dictionary<string, object?> { ["error"] = "invalid_grant" });

    // 400 rather than 429: the client's request rate is not the problem, the account's state is.
    public static ProblemHttpResult Locked(DateTimeOffset? until) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The account is locked",
        detail: "Too many failed sign-ins: the account is locked" + (until is { } end ? $" until {end:u}." : "."),
        extensions: new Dictionary<string, object?> { ["error"] = "invalid_grant", ["locked"] = true });

    public static ProblemHttpResult TooManyForUser(int seconds) => TypedResults.Problem(
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Too many token requests",
        detail: $"Too many token requests for this user: try again in {seconds} s.");

    public static ProblemHttpResult Deactivated() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The account is deactivated",
        detail: "This account was deactivated by the node's administrators.",
        extensions: new Dictionary<string, object?> { ["error"] = "invalid_grant" });

    public static ProblemHttpResult OrganisationNotActive(Organisation? organisation) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The organisation cannot sign in",
        detail: organisation?.Status switch
        {
            OrganisationStatuses.Pending => $"{organisation.DisplayName}'s registration is waiting for an agency of the city to approve it.",
            OrganisationStatuses.Rejected => $"{organisation.DisplayName}'s registration was rejected: {organisation.StatusReason}",
            _ => $"{organisation?.DisplayName} is suspended by the city" + (organisation?.StatusReason is { } why ? $": {why}" : "."),
        },
        extensions: new Dictionary<string, object?> { ["error"] = "invalid_grant", ["organisationStatus"] = organisation?.Status });

    public static ProblemHttpResult PasswordGrantRefused() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Password sign-in is for development nodes only",
        detail: "This node signs people in through OpenID Connect: the authorization code flow at /connect/authorize (see /.well-known/openid-configuration).",
        extensions: new Dictionary<string, object?> { ["error"] = "unsupported_grant_type" });
}
