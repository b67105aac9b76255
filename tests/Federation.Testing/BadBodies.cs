using System.Net;
using System.Text;

namespace Federation.Testing;

/// <summary>
/// Bodies of every wrong shape a client may send: empty, not JSON, cut short, the wrong JSON kind, nested past any
/// limit, numbers past any type, strings with NUL, keys nobody declared. Each write of every service is swept with
/// them and must answer as a client error in plain words (400 naming the body or a field, or the 404 of an id that
/// exists nowhere), never a 500.
/// </summary>
public static class BadBodies
{
    public static readonly IReadOnlyList<string> All =
    [
        "", " ", "null", "true", "42", "\"text\"", "[]", "[null]", "{", "{\"a\":", "}", "{}}", "{\"a\":1,}",
        "{'a':1}", "{\"a\":NaN}", "{\"\\u0000\":\"\\u0000\"}", new string('[', 200) + new string(']', 200),
        "{\"a\":" + new string('[', 100) + new string(']', 100) + "}", "{\"a\":1e999}", "{\"a\":-99999999999999999999999}",
        "{\"id\":\"not-a-guid\",\"version\":\"latest\",\"status\":7,\"city\":[],\"title\":{\"en\":null}}",
        "\u00ef\u00bb\u00bf{}", "{\"a\":\"\\ud800\"}",
    ];

    /// <summary>
    /// Sends every bad body to <paramref name="path"/> and returns a line for each answer that is not a client error.
    /// Where the body is optional (<paramref name="optionalBody"/>), no body and <c>null</c> are its documented default.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SweepAsync(HttpClient client, HttpMethod method, string path, bool optionalBody = false)
    {
        var wrong = new List<string>();
        foreach (var body in All.Where(b => !optionalBody || b is not ("" or "null")))
        {
            var response = await client.SendAsync(new HttpRequestMessage(method, path)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            });
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var clientError = status is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
            if (clientError && response.Content.Headers.ContentType?.MediaType == "application/problem+json" && ProblemAssertions.IsPlain(text)) continue;
            wrong.Add($"{method} {path} with {Shown(body)}: {status} {text}");
        }
        return wrong;
    }

    private static string Shown(string body) => body.Length > 40 ? body[..40] + "…" : body;
}
