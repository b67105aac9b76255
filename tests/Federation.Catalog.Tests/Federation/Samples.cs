namespace Federation.Catalog.Tests.Federation;

internal static class Samples
{
    public static readonly TimeSpan Propagation = TimeSpan.FromSeconds(20);

    /// <summary>A street-lamp listing in three languages, made unique by <paramref name="marker"/>.</summary>
    public static SolutionRequest StreetLamp(string marker) => new(
        new Dictionary<string, string>
        {
            ["zh-TW"] = $"智慧路燈 {marker}",
            ["en"] = $"Smart street lamp {marker}",
            ["ko"] = $"스마트 가로등 {marker}",
        },
        new Dictionary<string, string> { ["en"] = "Dims itself when the street is empty." },
        "environment",
        new Provider("Lumen Co.", "https://lumen.example", "taipei"),
        "pilot", 6, ["lighting", "iot"], new Contact("Ms Lin", "lin@lumen.example", null));

    public static string Marker() => Guid.NewGuid().ToString("N")[..12];

    public static async Task<SolutionResponse> CreateAsync(HttpClient client, SolutionRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/solutions", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SolutionResponse>())!;
    }

    public static async Task<ResultPage<SolutionResponse>> SearchAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<ResultPage<SolutionResponse>>($"/api/solutions?q={Uri.EscapeDataString(query)}"))!;

    /// <summary>Waits until <paramref name="client"/>'s city finds exactly what <paramref name="done"/> expects.</summary>
    public static Task<ResultPage<SolutionResponse>> SearchUntilAsync(HttpClient client, string query,
        Func<ResultPage<SolutionResponse>, bool> done, string what) =>
        Eventually.Value(() => SearchAsync(client, query), done, Propagation, what);
}
