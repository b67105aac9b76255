using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace Federation.Testing;

/// <summary>The ProblemDetails fields the tests look at.</summary>
public sealed record Problem(int? Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors,
    Dictionary<string, ProblemCode[]>? Codes = null);

/// <summary>A field problem's code, as a client other than the portal reads it.</summary>
public sealed record ProblemCode(string Code, Dictionary<string, string>? Args);

public static class ProblemAssertions
{
    private static readonly string[] FrameworkWords =
        ["Federation.", "System.", "Path:", "LineNumber", "Expected depth", "Implicit body", "could not be converted", "Failed to bind"];

    /// <summary>Whether a message a user reads is free of the framework's words for its own developers.</summary>
    public static bool IsPlain(string message) => !FrameworkWords.Any(w => message.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// EnsureSuccessStatusCode that says what the service answered: a failure's message carries the body (the
    /// ProblemDetails of a refusal, the trace id of a 500), not only the status.
    /// </summary>
    public static async Task<HttpResponseMessage> AssertSuccessAsync(this HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return response;
        var body = await response.Content.ReadAsStringAsync();
        throw new HttpRequestException(
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}",
            null, response.StatusCode);
    }

    /// <summary>Asserts the status and a ProblemDetails body, and returns the problem.</summary>
    public static async Task<Problem> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<Problem>())!;
        Assert.Equal((int)status, problem.Status);
        return problem;
    }

    /// <summary>Asserts a 400 ValidationProblem whose errors name <paramref name="field"/>.</summary>
    public static async Task<Problem> AssertBadRequestNamingAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem.Errors);
        Assert.True(problem.Errors.ContainsKey(field),
            $"Expected an error for '{field}', got: {string.Join(", ", problem.Errors.Keys)}");
        // Users read these: the framework's words for its own developers must not reach them.
        foreach (var message in problem.Errors.Values.SelectMany(m => m).Append(problem.Title ?? ""))
            Assert.True(IsPlain(message), $"Not plain words: {message}");
        // Clients in other languages read the codes: one beside every message.
        Assert.NotNull(problem.Codes);
        foreach (var (name, messages) in problem.Errors)
            Assert.True(problem.Codes.TryGetValue(name, out var codes) && codes.Length == messages.Length && codes.All(c => c.Code.Length > 0),
                $"Expected a code beside each message of '{name}'");
        return problem;
    }
}
