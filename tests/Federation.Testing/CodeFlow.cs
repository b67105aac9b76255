using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Federation.Testing;

/// <summary>
/// A browser without scripts for the OpenID Connect authorization code flow with PKCE: it keeps cookies
/// per host, follows redirects itself (so it can stop at the client's redirect URI) and submits a page's
/// post form. Nothing in it knows a particular provider: any whose sign-in page is an HTML form will do.
/// </summary>
public sealed class CodeFlow : IDisposable
{
    private const int MaxRedirects = 20;
    private readonly HttpClient http;

    public CodeFlow()
    {
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = Cookies });
    }

    public CookieContainer Cookies { get; } = new();

    public ClientAuthentication ClientAuthentication { get; init; } = ClientAuthentication.ClientSecretPost;

    /// <summary>The whole flow: authorize, sign in on the provider's form, redeem the code.</summary>
    public async Task<CodeFlowResult> SignInAsync(Uri authority, string clientId, string? clientSecret, Uri redirectUri,
        string scope, IDictionary<string, string> signInFields, CancellationToken ct)
    {
        var authorization = await AuthorizeAsync(authority, clientId, redirectUri, scope, ct);
        // Already signed in at the provider (its cookie): it sends the browser straight back.
        if (authorization.Page.Location is null) authorization = await SubmitAsync(authorization, signInFields, null, ct);
        return await RedeemCodeAsync(authorization, clientSecret, ct);
    }

    public async Task<ProviderEndpoints> DiscoverAsync(Uri authority, CancellationToken ct)
    {
        var address = new Uri(authority.ToString().TrimEnd('/') + "/.well-known/openid-configuration");
        using var document = JsonDocument.Parse(await http.GetStringAsync(address, ct));
        var root = document.RootElement;
        return new ProviderEndpoints(root.GetProperty("issuer").GetString()!,
            new Uri(root.GetProperty("authorization_endpoint").GetString()!), new Uri(root.GetProperty("token_endpoint").GetString()!));
    }

    /// <summary>Sends the authorization request and follows it to a page (a sign-in form) or back to the redirect URI.</summary>
    public async Task<CodeFlowAuthorization> AuthorizeAsync(Uri authority, string clientId, Uri redirectUri, string scope, CancellationToken ct)
    {
        var provider = await DiscoverAsync(authority, ct);
        var (state, nonce, verifier) = (RandomText(), RandomText(), RandomText());
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var query = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["response_type"] = "code", ["client_id"] = clientId, ["redirect_uri"] = redirectUri.ToString(), ["scope"] = scope,
            ["state"] = state, ["nonce"] = nonce, ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });
        var request = new UriBuilder(provider.AuthorizationEndpoint) { Query = await query.ReadAsStringAsync(ct) }.Uri;
        var page = await GetAsync(request, redirectUri, ct);
        return new CodeFlowAuthorization(provider, clientId, redirectUri, state, nonce, verifier, page);
    }

    /// <summary>Submits the form of the page the authorization reached (a sign-in form, say) and follows on.</summary>
    public async Task<CodeFlowAuthorization> SubmitAsync(CodeFlowAuthorization authorization, IDictionary<string, string> fields,
        string? formName, CancellationToken ct) =>
        authorization with { Page = await SubmitFormAsync(authorization.Page, fields, formName, authorization.RedirectUri, ct) };

    public async Task<CodeFlowResult> RedeemCodeAsync(CodeFlowAuthorization authorization, string? clientSecret, CancellationToken ct)
    {
        var code = authorization.Code ?? throw new InvalidOperationException(
            $"No code: the flow stopped at {authorization.Page.Address} ({(int)authorization.Page.Status}, error {authorization.Error ?? "none"}): {Excerpt(authorization.Page.Html)}");
        return await RequestTokenAsync(authorization.Provider.TokenEndpoint, authorization.ClientId, clientSecret, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code,
            ["redirect_uri"] = authorization.RedirectUri.ToString(), ["code_verifier"] = authorization.CodeVerifier,
        }, ct);
    }

    public async Task<CodeFlowResult> RefreshAsync(Uri authority, string clientId, string? clientSecret, string refreshToken, CancellationToken ct) =>
        await RequestTokenAsync((await DiscoverAsync(authority, ct)).TokenEndpoint, clientId, clientSecret,
            new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }, ct);

    /// <summary>Any token request, as given: tests send broken ones (without a PKCE verifier, say) through it.</summary>
    public async Task<CodeFlowResult> RequestTokenAsync(Uri tokenEndpoint, string clientId, string? clientSecret,
        IDictionary<string, string> parameters, CancellationToken ct)
    {
        var form = new Dictionary<string, string>(parameters);
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint);
        if (clientSecret is not null && ClientAuthentication == ClientAuthentication.ClientSecretBasic)
            // RFC 6749 2.3.1: both parts are form-urlencoded before they are joined and encoded.
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
                $"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(clientSecret)}")));
        else
        {
            form["client_id"] = clientId;
            if (clientSecret is not null) form["client_secret"] = clientSecret;
        }
        request.Content = new FormUrlEncodedContent(form);
        using var response = await http.SendAsync(request, ct);
        return new CodeFlowResult(response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>GETs a page and follows redirects, except one to <paramref name="stopAt"/> (compared without its query).</summary>
    public Task<CodeFlowPage> GetAsync(Uri address, Uri? stopAt, CancellationToken ct) => FollowAsync(HttpMethod.Get, address, null, stopAt, ct);

    /// <summary>Posts the page's first post form (or the one of that name or id), the caller's fields over its own.</summary>
    public Task<CodeFlowPage> SubmitFormAsync(CodeFlowPage page, IDictionary<string, string> fields, string? formName, Uri? stopAt, CancellationToken ct)
    {
        var form = page.Forms.FirstOrDefault(form => formName is null || form.Name == formName) ?? throw new InvalidOperationException(
            $"No post form{(formName is null ? "" : $" named {formName}")} at {page.Address} ({(int)page.Status}): {Excerpt(page.Html)}");
        return FollowAsync(HttpMethod.Post, form.Action, [.. form.With(fields)], stopAt, ct);
    }

    private async Task<CodeFlowPage> FollowAsync(HttpMethod method, Uri address, KeyValuePair<string, string>[]? form, Uri? stopAt, CancellationToken ct)
    {
        for (var redirects = 0; redirects <= MaxRedirects; redirects++)
        {
            using var request = new HttpRequestMessage(method, address);
            if (form is not null) request.Content = new FormUrlEncodedContent(form);
            using var response = await http.SendAsync(request, ct);
            var html = await response.Content.ReadAsStringAsync(ct);
            if (response.Headers.Location is not { } location || (int)response.StatusCode is < 300 or > 399)
                return new CodeFlowPage(address, response.StatusCode, html, null);
            var next = new Uri(address, location);
            if (stopAt is not null && next.GetLeftPart(UriPartial.Path) == stopAt.GetLeftPart(UriPartial.Path))
                return new CodeFlowPage(address, response.StatusCode, html, next);
            // 307 and 308 repeat the request as it was; the others turn it into a GET, as browsers do.
            if (response.StatusCode is not (HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect))
                (method, form) = (HttpMethod.Get, null);
            address = next;
        }
        throw new InvalidOperationException($"More than {MaxRedirects} redirects, the last to {address}.");
    }

    private static string RandomText() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Excerpt(string html) => html.Length <= 500 ? html : html[..500] + "…";

    public void Dispose() => http.Dispose();
}
