using System.ComponentModel.DataAnnotations;

namespace Federation.Identity;

/// <summary>How this node issues tokens (<c>Identity:*</c>), validated at start.</summary>
public sealed class IdentityNodeOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// A bearer token outlives any change to its user (a removed role, a locked account) until it
    /// expires, so its life is kept short.
    /// </summary>
    public static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromHours(1);

    /// <summary>This service's public base address, e.g. http://127.0.0.1:5104: the tokens' iss.</summary>
    [Required]
    public string Issuer { get; set; } = "";

    /// <summary>The ECDSA P-256 signing key (PKCS#8 PEM), generated on first start if absent.</summary>
    [Required]
    public string TokenKeyFile { get; set; } = "";

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Identity:TokenLifetime must be between 1 second and 1 hour")]
    public TimeSpan TokenLifetime { get; set; } = MaxTokenLifetime;

    /// <summary>
    /// How long a refresh token keeps a portal session going without a new sign-in (each use gives a new one).
    /// Deactivating a person or suspending their organisation revokes it at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Identity:RefreshTokenLifetime must be between 1 minute and 30 days")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The secret the city's portal authenticates with at the token endpoint; generated beside the token key when not named.</summary>
    public string? PortalClientSecretFile { get; set; }

    /// <summary>Secrets the node keeps beside its token key: the key encrypting codes and refresh tokens, the sign-in cookie's keys.</summary>
    public string KeptBesideTokenKey(string name) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(TokenKeyFile))!, name);

    /// <summary>
    /// The city portal's public base address, e.g. https://poc.taipei.gov.tw: where the links in invitation and
    /// password-reset e-mails lead.
    /// </summary>
    [Required]
    public string PortalAddress { get; set; } = "";

    /// <summary>
    /// Whether the node joins its city's broker (<c>RabbitMq:*</c>, <c>Federation:SigningKeyFile</c>) to receive the
    /// notifications its services send its people. Every node does; only the identity service's own tests, which run it
    /// alone, turn it off.
    /// </summary>
    public bool Notifications { get; set; } = true;

    /// <summary>Only the local federation names one; production nodes start with no users.</summary>
    public string? DevUsersFile { get; set; }

    /// <summary>Token requests a minute from one client address.</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerMinute { get; set; } = 20;

    /// <summary>Token requests a minute for one user name, from any address (lockout counts only failures).</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerUserPerMinute { get; set; } = 10;

    /// <summary>The issuer as tokens and the discovery document name it: the address with its trailing slash.</summary>
    public string IssuerName => Uri.TryCreate(Issuer, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : Issuer;


    internal static bool IsAbsoluteHttp(string issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
