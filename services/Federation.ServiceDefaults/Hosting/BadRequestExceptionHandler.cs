using System.Text.Json;
using System.Text.RegularExpressions;
using Federation.ServiceDefaults.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>
/// Requests that cannot be bound (malformed JSON, a value of the wrong kind, a field the request does not
/// have, a route id that is not an id, no body) answer the same 400 as the endpoints' own checks: a
/// ValidationProblem naming the field in plain words. The framework's messages are for its developers.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;
        http.Response.StatusCode = bad.StatusCode;
        ProblemDetails details = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => new() { Title = "Request body too large", Detail = $"A request body holds at most {ServiceDefaults.MaxRequestBodyBytes / 1024} KB." },
            StatusCodes.Status415UnsupportedMediaType => Invalid("body", FieldCodes.InvalidJson, "Send the body as JSON, with Content-Type: application/json."),
            _ => Explain(bad, EndpointOf(http)?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType),
        };
        details.Status = bad.StatusCode;
        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    // The exception handler runs with the request's endpoint cleared; the feature keeps the one that failed.
    private static Endpoint? EndpointOf(HttpContext http) =>
        http.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? http.GetEndpoint();

    // The same 400 an endpoint's own check gives, codes and all.
    private static HttpValidationProblemDetails Invalid(string field, string code, string reason, params (string Name, object Value)[] args) =>
        InputProblems.One(field, code, reason, args).ProblemDetails;

    private static HttpValidationProblemDetails Explain(BadHttpRequestException bad, Type? body)
    {
        if (bad.InnerException is JsonException json) return Explain(json, body);
        if (BindFailure().Match(bad.Message) is { Success: true } bind)
            return WrongKind(bind.Groups["name"].Value, ParameterType(bind.Groups["type"].Value));
        if (MissingParameter().Match(bad.Message) is { Success: true } missing)
            return missing.Groups["source"].Value == "body"
                ? Invalid("body", FieldCodes.Required, "The request needs a JSON body.")
                : Invalid(missing.Groups["name"].Value, FieldCodes.Required, $"{missing.Groups["name"].Value} is required.");
        if (bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal)) return Invalid("body", FieldCodes.Required, "The request needs a JSON body.");
        return Invalid("body", FieldCodes.InvalidJson, "The request could not be read.");
    }

    private static HttpValidationProblemDetails Explain(JsonException json, Type? body)
    {
        var field = RequestShape.FieldOf(json.Path);
        if (UnmappedMember().Match(json.Message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            var named = field == "body" ? name : field.EndsWith(name, StringComparison.Ordinal) ? field : $"{field}.{name}";
            return Invalid(named, FieldCodes.UnknownField, $"{named} is not a field of this request.");
        }
        // A value of the wrong kind: "could not be converted", or a number sent as text ("Cannot get the value of a token type").
        if (WrongKind().IsMatch(json.Message) && body is not null
            && RequestShape.TypeAt(body, json.Path) is { } expected)
            return field == "body" ? Invalid(field, FieldCodes.WrongType, "The body must be a JSON object.", ("expected", "object")) : WrongKind(field, expected);
        if (json.Message.Contains("maximum configured depth", StringComparison.Ordinal))
            return Invalid("body", FieldCodes.InvalidJson, "The body nests objects or lists too deeply.");
        // Malformed JSON: the path says how far the reader got, which is where to look.
        if (json.Message.StartsWith("Expected depth to be zero", StringComparison.Ordinal) || json.Message.Contains("end of data", StringComparison.Ordinal))
            return Invalid(field, FieldCodes.InvalidJson, "The body is not complete JSON: it ends inside an object or list.");
        var where = json.LineNumber is { } line ? $" (line {line + 1}, character {json.BytePositionInLine + 1})" : "";
        return Invalid(field, FieldCodes.InvalidJson, $"The body is not valid JSON{where}.");
    }

    // An enum's values are a list to choose from; any other kind is named by its one word.
    private static HttpValidationProblemDetails WrongKind(string field, Type? expected) => expected switch
    {
        null => Invalid(field, FieldCodes.Invalid, $"{field} must be a valid value."),
        { } type when RequestShape.Kind(type) == "one-of" => Invalid(field, FieldCodes.NotOneOf, $"{field} must be {RequestShape.Describe(type)}.",
            ("allowed", string.Join(",", RequestShape.Allowed(type)))),
        { } type => Invalid(field, FieldCodes.WrongType, $"{field} must be {RequestShape.Describe(type)}.", ("expected", RequestShape.Kind(type))),
    };

    // Route and query values arrive as text; the binder names the parameter's C# type ("Guid", "int?").
    private static Type? ParameterType(string type) => type.TrimEnd('?') switch
    {
        "Guid" => typeof(Guid),
        "int" or "long" => typeof(int),
        "decimal" or "double" => typeof(decimal),
        "bool" => typeof(bool),
        "DateOnly" => typeof(DateOnly),
        "DateTimeOffset" => typeof(DateTimeOffset),
        _ => null,
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>[^"]+)" from""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "\S+ (?<name>[^"]+)" was not provided from (?<source>\w+)""")]
    private static partial Regex MissingParameter();

    [GeneratedRegex("^(The JSON value could not be converted|Cannot get the value of a token type)")]
    private static partial Regex WrongKind();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnmappedMember();
}
