using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>
/// Turns unreadable requests (malformed JSON, a wrong type, a body too large) into a 400/413
/// ProblemDetails that names the offending field, instead of an empty 400 or a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var field = FieldOf(bad);
        http.Response.StatusCode = bad.StatusCode;
        var details = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? new ProblemDetails { Status = bad.StatusCode, Title = "Request body too large", Detail = bad.Message }
            : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [Describe(bad)] })
            {
                Status = bad.StatusCode,
                Title = "The request could not be read",
            };
        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    // "$.provider.homeCity" -> "provider.homeCity"; a body that is not JSON at all -> "body".
    private static string FieldOf(BadHttpRequestException bad) =>
        bad.InnerException is JsonException { Path: { Length: > 1 } path } ? path.TrimStart('$', '.') : "body";

    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException json when json.Path is { Length: > 1 } => $"Value at {json.Path} is not valid: {json.Message.Split(" Path:")[0]}",
        JsonException => "The body is not valid JSON.",
        _ => bad.Message,
    };
}
