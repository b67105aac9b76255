using System.Net;
using System.Text.Json;
using Federation.Portal.Localization;

namespace Federation.Portal.Clients;

/// <summary>
/// A service's refusal as the portal shows it: a sentence in the user's language for what kind of
/// refusal it is, the fields the service named, and the service's own detail (its words are English).
/// </summary>
public sealed record ServiceProblem(int Status, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>The service could not be reached or did not answer in time: nothing was done.</summary>
    public static ServiceProblem Unreachable { get; } = new(503, null, new Dictionary<string, string[]>());

    public static ServiceProblem From(HttpStatusCode status, string? body)
    {
        string? detail = null;
        var errors = new Dictionary<string, string[]>();
        try
        {
            using var json = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (json.RootElement.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String) detail = d.GetString();
                if (json.RootElement.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                    foreach (var field in e.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Array))
                        errors[field.Name] = field.Value.EnumerateArray().Select(m => m.ToString()).ToArray();
            }
        }
        catch (JsonException) { /* not ProblemDetails: the status says enough */ }
        return new ServiceProblem((int)status, detail, errors);
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
