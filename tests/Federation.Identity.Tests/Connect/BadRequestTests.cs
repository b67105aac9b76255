namespace Federation.Identity.Tests.Connect;

/// <summary>Whatever reaches the provider's endpoints and pages, the answer is a refusal that says why, never a 500.</summary>
public sealed class BadRequestTests : TestsWith<TestFolder>
{
    public static TheoryData<string, string, string?> Requests() => new()
    {
        { "GET", "/connect/authorize", null },
        { "GET", "/connect/authorize?client_id=portal&response_type=code", null },
        { "GET", "/connect/authorize?client_id=nobody&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A5100%2Fsignin-oidc&scope=openid", null },
        { "GET", "/connect/authorize?client_id=portal&response_type=token&redirect_uri=http%3A%2F%2F127.0.0.1%3A5100%2Fsignin-oidc&scope=openid", null },
        { "POST", "/connect/token", "" },
        { "POST", "/connect/token", "grant_type=password&username=agency%40taipei&password=x&client_id=portal" },
        { "POST", "/connect/token", "grant_type=authorization_code&code=forged&client_id=portal&client_secret=wrong" },
        { "POST", "/connect/token", "grant_type=refresh_token&refresh_token=forged&client_id=portal" },
        { "POST", "/connect/token", "grant_type=client_credentials&client_id=portal" },
        { "POST", "/connect/revoke", "token=forged" },
        { "GET", "/connect/endsession?post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F", null },
        { "POST", "/account/signin", "UserName=agency%40taipei&Password=x" }, // no antiforgery token
        { "GET", "/account/signin?ReturnUrl=https%3A%2F%2Fevil.example%2F", null },
        { "GET", "/account/external", null },
        { "GET", "/account/external?failed=nobody", null },
        { "GET", "/signin-nobody?code=x&state=y", null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_malformed_or_forged_request_is_refused_without_a_server_error(string method, string path, string? form)
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(node.Issuer) };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (form is not null) request.Content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await client.SendAsync(request);

        Assert.True((int)response.StatusCode < 500, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        // Nothing sends the browser off this node except to the portal's registered address.
        if (response.Headers.Location is { IsAbsoluteUri: true } to) Assert.Equal("127.0.0.1", to.Host);
    }
}
