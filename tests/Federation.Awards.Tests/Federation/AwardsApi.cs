using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>The awards API as the tests call it: each call asserts the status it expects and reads the answer.</summary>
internal static class AwardsApi
{
    public static readonly TimeSpan Propagation = TimeSpan.FromSeconds(30);

    /// <summary>A cycle whose nominations are open now and whose judging comes later; tests move the windows.</summary>
    public static OpenCycleRequest Call(string name, IReadOnlyList<string>? labels = null, int finalists = 2, int winners = 1)
    {
        var now = DateTimeOffset.UtcNow;
        return new OpenCycleRequest(now.Year, name, labels ?? ["Winner"], null, now.AddHours(-1), now.AddHours(1), now.AddHours(2),
            now.AddHours(3), finalists, winners, null, null, null);
    }

    public static async Task<CycleResponse> OpenAsync(HttpClient secretariat, OpenCycleRequest request)
    {
        var response = await secretariat.PostAsJsonAsync("/api/awards/cycles", request);
        await Expect(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CycleResponse>())!;
    }

    /// <summary>A POST that must succeed with 200.</summary>
    public static async Task<T> PostAsync<T>(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        await Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    /// <summary>A body with fields the request lacks: each is refused by name, then the clean request must answer <paramref name="status"/>.</summary>
    public static async Task<T> SendForgedAsync<T>(HttpClient client, HttpMethod method, string path, string json, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await ForgedFields.SendAsync(client, method, path, json);
        await Expect(response, status);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public static async Task<CycleResponse?> CycleAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/awards/cycles/{id}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : (await response.Content.ReadFromJsonAsync<CycleResponse>())!;
    }

    /// <summary>Waits until the city's copy of the cycle satisfies <paramref name="done"/>.</summary>
    public static Task<CycleResponse?> EventuallyAsync(HttpClient client, Guid id, Func<CycleResponse, bool> done, string what) =>
        Eventually.Value(() => CycleAsync(client, id), c => c is not null && done(c), Propagation, what);

    public static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
            Assert.Fail($"Expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Asserts a 400 ValidationProblem whose errors name the request field <paramref name="field"/>, in plain words.</summary>
    public static Task ExpectInvalid(HttpResponseMessage response, string field) => response.AssertBadRequestNamingAsync(field);
}
