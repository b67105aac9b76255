using System.Security.Cryptography;

namespace Federation.Identity.Features.Links;

public static class LinkPurposes
{
    /// <summary>Sets the first password of an invited or registering person, proving their e-mail address.</summary>
    public const string Invitation = "invitation";
    public const string PasswordReset = "password-reset";
}

/// <summary>
/// A link sent by e-mail that works once and expires. Only its token's hash is kept, so a copy of the database
/// opens no account.
/// </summary>
public sealed class OneTimeLink
{
    public Guid Id { get; private set; }
    public string Purpose { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    /// <summary>When it was used, or replaced by a newer link of the same purpose.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>A new link and the token that goes into the e-mail (never stored).</summary>
    public static (OneTimeLink Link, string Token) Create(string purpose, string userId, TimeSpan lifetime, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new OneTimeLink
        {
            Id = Guid.NewGuid(), Purpose = purpose, UserId = userId, TokenHash = Hash(token),
            CreatedAt = now, ExpiresAt = now + lifetime,
        }, token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    public bool IsOpen(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    public void Close(DateTimeOffset now) => UsedAt ??= now;
}
