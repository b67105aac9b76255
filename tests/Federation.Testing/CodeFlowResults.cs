using System.Net;
using System.Text.Json;
using System.Web;

namespace Federation.Testing;

/// <summary>
/// A response the browser stopped at: a page (Location null), or a redirect it was told not to follow
/// (to the client's redirect URI), with the Location the provider sent.
/// </summary>
public sealed record CodeFlowPage(Uri Address, HttpStatusCode Status, string Html, Uri? Location)
{
    public IReadOnlyList<HtmlForm> Forms => HtmlForm.PostFormsOf(Html, Address);
}

/// <summary>What a provider's discovery document says about where its endpoints are.</summary>
public sealed record ProviderEndpoints(string Issuer, Uri AuthorizationEndpoint, Uri TokenEndpoint);

/// <summary>
/// An authorization request under way: what the client must remember (state, nonce, PKCE verifier) and
/// the page the browser has reached. <see cref="Code"/> is set once the provider sent the browser back.
/// </summary>
public sealed record CodeFlowAuthorization(
    ProviderEndpoints Provider, string ClientId, Uri RedirectUri, string State, string Nonce, string CodeVerifier, CodeFlowPage Page)
{
    private string? Returned(string name) =>
        Page.Location is { } back ? HttpUtility.ParseQueryString(back.Query)[name] : null;

    /// <summary>The authorization code, only when the provider returned the state this request sent.</summary>
    public string? Code => Returned("state") == State ? Returned("code") : null;

    /// <summary>The provider's error code when it sent the browser back with one (access_denied, say).</summary>
    public string? Error => Returned("error");
}

/// <summary>A token endpoint's answer, successful or not, with its raw JSON.</summary>
public sealed record CodeFlowResult(HttpStatusCode Status, string Json)
{
    // A provider may answer an error with HTML: then nothing is read from it, and Json shows what came.
    private JsonElement Root
    {
        get
        {
            try { return JsonDocument.Parse(Json).RootElement; }
            catch (JsonException) { return default; }
        }
    }

    private string? Text(string name) =>
        Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    public string? AccessToken => Text("access_token");

    public string? IdToken => Text("id_token");

    public string? RefreshToken => Text("refresh_token");

    public int? ExpiresIn => Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty("expires_in", out var value)
        && value.TryGetInt32(out var seconds) ? seconds : null;

    /// <summary>The OAuth error code (invalid_grant, say), null on success.</summary>
    public string? Error => Text("error");
}

/// <summary>How the client proves itself at the token endpoint (RFC 6749 section 2.3.1).</summary>
public enum ClientAuthentication { ClientSecretPost, ClientSecretBasic }
