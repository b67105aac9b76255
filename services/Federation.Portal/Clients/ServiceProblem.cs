using Federation.Portal.Localization;
using Refit;

namespace Federation.Portal.Clients;

/// <summary>
/// A service's refusal as the portal shows it: a sentence in the user's language for what kind of
/// refusal it is, the fields the service named, and the service's own detail (its words are English).
/// </summary>
public sealed record ServiceProblem(int Status, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    // Before Unreachable: static initializers run in the order written.
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>The service could not be reached or did not answer in time: nothing was done.</summary>
    public static ServiceProblem Unreachable { get; } = new(503, null, NoErrors);

    /// <summary>The refusal a Refit client threw; a service that gave no answer at all is <see cref="Unreachable"/>.</summary>
    public static ServiceProblem From(ApiExceptionBase e) => e switch
    {
        ValidationApiException { Content: { } problem } refusal => new((int)refusal.StatusCode, problem.Detail, problem.Errors),
        // Not ProblemDetails (Refit reads only application/problem+json, and only if it parses): the status says enough.
        ApiException refusal => new((int)refusal.StatusCode, null, NoErrors),
        _ => Unreachable,
    };

    /// <summary>What happened, in the user's language.</summary>
    public string Summary(Texts t) => Status switch
    {
        400 => t["Some of what you entered cannot be accepted. Nothing was saved."],
        401 => t["Your sign-in has ended. Please sign in again."],
        403 => t["You are not allowed to do this."],
        404 => t["Not found. It may have been withdrawn."],
        409 => t["This cannot be done now: it is in another state, or someone changed it meanwhile. Reload and try again."],
        413 => t["What you sent is too large."],
        429 => t["Too many requests. Please wait a minute and try again."],
        _ => t["The service is not available right now. Nothing was saved; please try again later."],
    };
}
