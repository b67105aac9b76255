using Federation.Members;
using Microsoft.IdentityModel.Tokens;

namespace Federation.Identity.Signing;

/// <summary>
/// The AES-256 key that encrypts what only this node reads back: authorization codes and refresh tokens. Kept in
/// a file (generated on first start) so that a restart does not sign everybody out.
/// </summary>
public static class TokenEncryptionKey
{
    private const int KeyBytes = 32;

    public static SymmetricSecurityKey LoadOrCreate(string path)
    {
        var key = Base64UrlEncoder.DecodeBytes(SecretFile.ReadOrCreate(path, KeyBytes));
        return key.Length == KeyBytes ? new SymmetricSecurityKey(key)
            : throw new InvalidOperationException($"Identity:TokenEncryptionKeyFile {path}: not a 256-bit key; delete it to generate one");
    }
}
