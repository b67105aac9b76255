using System.Text;
using System.Text.Json.Nodes;
using Federation.Contracts;
using Federation.Contracts.Trials;

namespace Federation.Trials.Tests.Federation;

/// <summary>The trials API as the tests call it: each call asserts the status it expects and reads the answer.</summary>
internal static class Api
{
    public static readonly TimeSpan Propagation = TimeSpan.FromSeconds(30);

    public static ApplyForTrialRequest Application(Guid solutionId, string hostCity = "taipei", Guid? challengeId = null) => new(
        hostCity, solutionId, challengeId, "Cut waiting at the Beitou bus stops", "Beitou bus line 216",
        [new KpiRequest("Average waiting time", "min", 12m, 8m, "19.3"), new KpiRequest("Daily riders", "riders", 1000m, 1500m, null)],
        6, 50m);

    public static AcceptRequest Agreement(DateOnly? start = null) =>
        new(null, "Beitou bus line 216", start ?? Today, (start ?? Today).AddMonths(5), null, 40m);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<TrialResponse> ApplyAsync(HttpClient startup, ApplyForTrialRequest request)
    {
        var response = await startup.PostAsJsonAsync("/api/trials", request);
        await Expect(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<TrialResponse>())!;
    }

    /// <summary>A step that must succeed: POST /api/trials/{id}/{step}.</summary>
    public static async Task<TrialResponse> StepAsync(HttpClient client, Guid id, string step, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/trials/{id}/{step}", body ?? new { });
        await Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<TrialResponse>())!;
    }

    /// <summary>A step that must be refused with <paramref name="status"/>.</summary>
    public static async Task<HttpResponseMessage> RefusedAsync(HttpClient client, Guid id, string step, object? body, HttpStatusCode status)
    {
        var response = await client.PostAsJsonAsync($"/api/trials/{id}/{step}", body ?? new { });
        await Expect(response, status);
        return response;
    }

    public static async Task<TrialResponse?> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/trials/{id}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : (await response.Content.ReadFromJsonAsync<TrialResponse>())!;
    }

    /// <summary>Waits until this city's copy of the trial satisfies <paramref name="done"/>.</summary>
    public static Task<TrialResponse?> EventuallyAsync(HttpClient client, Guid id, Func<TrialResponse, bool> done, string what) =>
        Eventually.Value(() => GetAsync(client, id), t => t is not null && done(t), Propagation, what);

    /// <summary>GET /api/trials?{query}: the caller's list, which must be served.</summary>
    public static async Task<ResultPage<TrialSummary>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/trials?{query}");
        await Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ResultPage<TrialSummary>>())!;
    }

    /// <summary>The trial as <paramref name="client"/> reads it, as JSON, without the fields a test expects to change.</summary>
    public static async Task<string> SnapshotAsync(HttpClient client, Guid id, params string[] changing)
    {
        var response = await client.GetAsync($"/api/trials/{id}");
        await Expect(response, HttpStatusCode.OK);
        var trial = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        foreach (var field in changing) trial.Remove(field);
        return trial.ToJsonString();
    }

    /// <summary>The JSON of <paramref name="body"/> with the fields of each of <paramref name="extras"/> (JSON objects) added or replaced.</summary>
    public static string JsonWith(object body, params string[] extras)
    {
        var json = JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!.AsObject();
        foreach (var extra in extras)
            foreach (var (key, value) in JsonNode.Parse(extra)!.AsObject()) json[key] = value?.DeepClone();
        return json.ToJsonString();
    }

    public static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
            Assert.Fail($"Expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Asserts a 400 ValidationProblem whose errors name the request field <paramref name="field"/>, in plain words.</summary>
    public static Task ExpectInvalid(HttpResponseMessage response, string field) => response.AssertBadRequestNamingAsync(field);
}
