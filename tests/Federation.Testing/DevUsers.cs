using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Federation.Testing;

/// <summary>The local federation's development users (infra/dev-users.yaml), signed in for real.</summary>
public static partial class DevUsers
{
    public static string File { get; } = Path.Combine(Repository.Root, "infra", "dev-users.yaml");

    public static string Password { get; } = PasswordLine().Match(System.IO.File.ReadAllText(File)).Groups[1].Value;

    /// <summary>A bearer token for <paramref name="user"/> (e.g. "agency@taipei") from its city's identity service.</summary>
    public static Task<string> TokenAsync(TestFederation federation, string user) =>
        TokenAsync(new Uri(federation.IdentityUri(user[(user.IndexOf('@') + 1)..])), user);

    /// <summary>A bearer token for <paramref name="user"/> from the identity service at <paramref name="identityUri"/>.</summary>
    public static async Task<string> TokenAsync(Uri identityUri, string user)
    {
        using var identity = new HttpClient { BaseAddress = identityUri };
        var response = await (await identity.PostAsJsonAsync("/api/auth/token", new { username = user, password = Password })).AssertSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.access_token;
    }

    /// <summary>A client of <paramref name="service"/> that sends <paramref name="user"/>'s token.</summary>
    public static async Task<HttpClient> SignedInAsync(HttpClient client, TestFederation federation, string user)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(federation, user));
        return client;
    }


    private sealed record TokenAnswer(string access_token);

    [GeneratedRegex("""^password:\s*"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex PasswordLine();
}
