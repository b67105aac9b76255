using System.Text.Json;
using Federation.Portal.Localization;
using Federation.ServiceDefaults.Http;
using Refit;

namespace Federation.Portal.Clients;

/// <summary>
/// A service's refusal as the portal shows it: a sentence in the user's language for what kind of
/// refusal it is, the fields the service named (with the codes that let the portal say why in the
/// user's language), and the service's own detail (its words are English).
/// </summary>
public sealed record ServiceProblem(int Status, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    // Before Unreachable: static initializers run in the order written.
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>The service's code for each message of <see cref="Errors"/>, in the same order; absent from older services.</summary>
    public IReadOnlyDictionary<string, FieldCode[]> Codes { get; init; } = new Dictionary<string, FieldCode[]>();

    /// <summary>The page's form field for each service field (<c>provider.name</c> is Input.ProviderName), set by the page.</summary>
    public IReadOnlyDictionary<string, string> FormFields { get; init; } = new Dictionary<string, string>();

    /// <summary>Every message of every field, with its code and the form field it belongs to.</summary>
    public IEnumerable<FieldRefusal> Fields => Errors.SelectMany(e => e.Value.Select((message, i) => new FieldRefusal(
        e.Key, FormFields.GetValueOrDefault(e.Key, e.Key), message, Codes.GetValueOrDefault(e.Key) is { } codes && i < codes.Length ? codes[i] : null)));

    /// <summary>This refusal as a page whose inputs are named by <paramref name="formField"/> shows it.</summary>
    public ServiceProblem OnForm(Func<string, string> formField) =>
        this with { FormFields = Errors.Keys.ToDictionary(k => k, formField) };

    /// <summary>The service could not be reached or did not answer in time: nothing was done.</summary>
    public static ServiceProblem Unreachable { get; } = new(503, null, NoErrors);

    /// <summary>The refusal a Refit client threw; a service that gave no answer at all is <see cref="Unreachable"/>.</summary>
    public static ServiceProblem From(ApiExceptionBase e) => e switch
    {
        ValidationApiException { Content: { } problem } refusal => new((int)refusal.StatusCode, problem.Detail, problem.Errors)
            { Codes = CodesOf(problem) },
        // Not ProblemDetails (Refit reads only application/problem+json, and only if it parses): the status says enough.
        ApiException refusal => new((int)refusal.StatusCode, null, NoErrors),
        _ => Unreachable,
    };

    // A refusal whose codes cannot be read is still shown, in the service's English words.
    private static IReadOnlyDictionary<string, FieldCode[]> CodesOf(ProblemDetails problem)
    {
        if (problem.Extensions?.TryGetValue(FieldCodes.Extension, out var raw) != true || raw is not JsonElement json) return new Dictionary<string, FieldCode[]>();
        try
        {
            return json.Deserialize<Dictionary<string, FieldCode[]>>(JsonSerializerOptions.Web) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, FieldCode[]>();
        }
    }

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

/// <summary>One message of a refused field: the service's field and English words, the page's input, the code.</summary>
public sealed record FieldRefusal(string Field, string FormField, string Message, FieldCode? Code)
{
    /// <summary>Why, in the user's language; the service's English message where the portal has no words for the code.</summary>
    public string Reason(Texts t) => RefusalReasons.Of(t, Code) ?? Message;

    /// <summary>Whether <see cref="Reason"/> is the portal's own words (in the user's language) rather than the service's.</summary>
    public bool Translated(Texts t) => RefusalReasons.Of(t, Code) is not null;
}
