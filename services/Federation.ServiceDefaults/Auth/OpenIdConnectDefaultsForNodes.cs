using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Federation.ServiceDefaults.Auth;

/// <summary>What every OpenID Connect sign-in of a node shares: the portal's at its identity service, the identity service's at a city ID.</summary>
public static class OpenIdConnectDefaultsForNodes
{
    /// <summary>
    /// The code comes back in the query of a top-level GET rather than by form_post (a cross-site POST): the handler's
    /// correlation and nonce cookies can then be SameSite=Lax, which browsers keep over plain http too (SameSite=None
    /// needs https, which the local federation does not have). PKCE and state protect the code either way. For the same
    /// reason the cookies are Secure only when the request is: a public node is on https anyway.
    /// </summary>
    public static void Apply(OpenIdConnectOptions options)
    {
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }
}
