namespace Federation.Portal.Tests;

/// <summary>Talks to the portal as a browser without scripts does: GETs pages, posts their forms with the antiforgery token.</summary>
public sealed partial class PortalBrowser(HttpClient http, string? acceptLanguage) : IDisposable
{
    public HttpClient Http => http;

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await http.SendAsync(request);
    }

    public async Task<string> PageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts <paramref name="fields"/> to the form of the page at <paramref name="path"/>, as its submit button would.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields, string? action = null)
    {
        var page = await PageAsync(path);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, $"{path} has no antiforgery field");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var request = new HttpRequestMessage(HttpMethod.Post, action ?? path) { Content = new FormUrlEncodedContent(form) };
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await http.SendAsync(request);
    }

    /// <summary>Signs in through the sign-in form as <paramref name="user"/> (a development user such as agency@taipei).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string user, string? password = null) =>
        await PostFormAsync("/account/signin", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password ?? DevUsers.Password });

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
