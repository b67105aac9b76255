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

    /// <summary>
    /// Tries to sign in as <paramref name="user"/> (a development user such as agency@taipei) the way a browser does: the portal sends
    /// it to the city's identity service, whose sign-in form it fills, and the code comes back to the portal. Returns the
    /// portal's answer to that return (a redirect to <paramref name="returnUrl"/>), or the identity service's page when
    /// the sign-in stopped there (a wrong password, say).
    /// </summary>
    public async Task<SignInOutcome> TrySignInAsync(string user, string? password = null, string returnUrl = "/")
    {
        var challenge = await GetAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        using var identity = new CodeFlow();
        var callback = new Uri(http.BaseAddress!, "/signin-oidc");
        var signInPage = await identity.GetAsync(challenge.Headers.Location!, callback, default);
        var back = await identity.SubmitFormAsync(signInPage, new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password ?? DevUsers.Password },
            null, callback, default);
        if (back.Location is null) return new SignInOutcome(null, back);
        return new SignInOutcome(await GetAsync(back.Location.PathAndQuery), back);
    }

    /// <summary>Signs in as <paramref name="user"/> (see <see cref="TrySignInAsync"/>), which must succeed; the portal's redirect.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string user, string? password = null, string returnUrl = "/")
    {
        var outcome = await TrySignInAsync(user, password, returnUrl);
        Assert.True(outcome.SignedIn, $"{user} was not signed in: {outcome.Identity.Status} at {outcome.Identity.Address}");
        return outcome.Portal!;
    }

    public void Dispose() => http.Dispose();

    /// <summary>Where a redirect of the portal sends the browser, as a path and query when it stays on the portal.</summary>
    public string SentTo(HttpResponseMessage response) => response.Headers.Location is not { } to ? ""
        : to.IsAbsoluteUri && to.GetLeftPart(UriPartial.Authority) == http.BaseAddress!.GetLeftPart(UriPartial.Authority) ? to.PathAndQuery
        : to.OriginalString;

    /// <param name="Portal">The portal's answer once the identity service sent the browser back; null when it did not.</param>
    /// <param name="Identity">The last page or redirect of the identity service.</param>
    public sealed record SignInOutcome(HttpResponseMessage? Portal, CodeFlowPage Identity)
    {
        public bool SignedIn => Portal is { StatusCode: HttpStatusCode.Redirect };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
