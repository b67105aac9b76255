namespace Federation.Identity.Tests;

internal static class Api
{
    public const string TokenPath = "/api/auth/token";

    public static Task<HttpResponseMessage> RequestTokenAsync(this HttpClient client, string? username, string? password) =>
        client.PostAsJsonAsync(TokenPath, new TokenRequest(username, password));

    public static async Task<TokenResponse> TokenForAsync(this HttpClient client, string username, string password = TestFolder.DevPassword)
    {
        var response = await client.RequestTokenAsync(username, password);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    /// <summary>A ProblemDetails body, without its per-request traceId.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string? Text(this JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) ? value.ToString() : null;
}
