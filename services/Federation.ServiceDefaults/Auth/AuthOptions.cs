using System.ComponentModel.DataAnnotations;

namespace Federation.ServiceDefaults.Auth;

/// <summary>
/// Who issues the tokens this service accepts (<c>Auth:*</c>). The node's own identity service by
/// default; a city's OpenID Connect provider (a city digital ID) by pointing Authority at it.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The issuer; its keys come from {Authority}/.well-known/openid-configuration.</summary>
    [Required, Url]
    public string Authority { get; set; } = "";

    /// <summary>The audience tokens must name; empty means this node's: federation:{city}.</summary>
    public string? Audience { get; set; }

    /// <summary>Off only for the local federation, whose identity services listen on plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The longest token lifetime accepted, whatever the issuer says.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
