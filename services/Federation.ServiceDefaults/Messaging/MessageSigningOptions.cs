using System.ComponentModel.DataAnnotations;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>This node's signing key and how old a message may be (<c>Federation:SigningKeyFile</c>, <c>:MessageMaxAge</c>).</summary>
public sealed class MessageSigningOptions
{
    public const string Section = "Federation";

    /// <summary>Processed message ids are kept 28 days: a replay must be too old before its id is forgotten.</summary>
    public static readonly TimeSpan LongestMaxAge = TimeSpan.FromDays(27);

    /// <summary>A sender's clock may run this far ahead of ours.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>PKCS#8 PEM of the node's ECDSA P-256 key; created on first start if missing.</summary>
    [Required]
    public string SigningKeyFile { get; set; } = "";

    /// <summary>Older messages are rejected. 14 days: a city that was down that long still catches up.</summary>
    public TimeSpan MessageMaxAge { get; set; } = TimeSpan.FromDays(14);
}
