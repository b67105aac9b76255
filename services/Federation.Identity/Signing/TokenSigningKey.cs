using System.Security.Cryptography;
using System.Text;
using Federation.Members;
using Microsoft.IdentityModel.Tokens;

namespace Federation.Identity.Signing;

/// <summary>The node's ECDSA P-256 token key, read from its PEM file or generated there on first start.</summary>
public sealed class TokenSigningKey
{
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    private TokenSigningKey(ECDsa key)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        X = Base64UrlEncoder.Encode(point.X!);
        Y = Base64UrlEncoder.Encode(point.Y!);
        KeyId = Thumbprint(X, Y);
        SecurityKey = new ECDsaSecurityKey(key) { KeyId = KeyId };
    }

    /// <summary>RFC 7638 thumbprint: the same key always gets the same kid, across restarts and nodes.</summary>
    public string KeyId { get; }

    /// <summary>Public coordinates, base64url, as the JWKS publishes them.</summary>
    public string X { get; }

    public string Y { get; }

    public ECDsaSecurityKey SecurityKey { get; }

    public SigningCredentials Credentials => new(SecurityKey, Algorithm);

    /// <summary>Read or created like the node's message key (P-256, PKCS#8 PEM, owner-only file).</summary>
    public static TokenSigningKey LoadOrCreate(string path)
    {
        try
        {
            return new TokenSigningKey(NodeSigningKey.LoadOrCreate(Path.GetFullPath(path)));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException($"Identity:TokenKeyFile {e.Message}", e);
        }
    }

    private static string Thumbprint(string x, string y)
    {
        // Members in lexicographic order, no whitespace (RFC 7638 section 3).
        var canonical = $$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""";
        return Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
