using System.Net;
using System.Text.Json;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace Federation.Testing;

/// <summary>
/// Sends a body that also carries fields the request does not have (ids, statuses, cities, times the server sets).
/// The input path refuses such a body whole with a 400 naming the field; this takes the named field out and sends
/// again until the body holds only the request's own fields, and returns that answer. A test thereby proves that
/// every forged field is refused by name and, from what the clean request did, that none was taken.
/// </summary>
public static class ForgedFields
{
    private const string NotAField = "is not a field of this request.";

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        var refused = new List<string>();
        while (true)
        {
            var response = await client.SendAsync(new HttpRequestMessage(method, path)
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            });
            if (response.StatusCode != HttpStatusCode.BadRequest || await UnknownFieldAsync(response) is not { } field)
            {
                Assert.True(refused.Count > 0, $"{method} {path}: the body carried no field the request lacks.");
                return response;
            }
            Assert.DoesNotContain(field, refused);
            refused.Add(field);
            Remove(body, field);
        }
    }

    private static async Task<string?> UnknownFieldAsync(HttpResponseMessage response)
    {
        // Read as text: reading as JSON would close the stream the caller reads again when this is the last answer.
        var problem = JsonSerializer.Deserialize<Problem>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web);
        return problem?.Errors?.SingleOrDefault(e => e.Value.Any(m => m.EndsWith(NotAField, StringComparison.Ordinal))).Key;
    }

    // A path as the 400 names it: "id", "scores[0].weight", "agreement.kpis[1].note".
    private static void Remove(JsonObject body, string path)
    {
        JsonNode node = body;
        var parts = path.Split('.');
        foreach (var part in parts[..^1]) node = Step(node, part);
        var last = parts[^1];
        Assert.True(node is JsonObject holder && holder.Remove(last), $"The 400 named {path}, which the body does not hold.");
    }

    private static JsonNode Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[');
        if (bracket < 0) return node[part]!;
        var next = node[part[..bracket]]!;
        foreach (var index in part[(bracket + 1)..^1].Split("]["))
            next = next[int.Parse(index)]!;
        return next;
    }
}
