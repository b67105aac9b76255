using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Federation.Identity.Signing;

/// <summary>The node's ECDSA P-256 token key, read from its PEM file or generated there on first start.</summary>
public sealed class TokenSigningKey
{
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    private readonly ECDsa _key;

    private TokenSigningKey(ECDsa key)
    {
        _key = key;
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

    public static TokenSigningKey LoadOrCreate(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full)) return Load(full);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Write(full, key.ExportPkcs8PrivateKeyPem());
        return new TokenSigningKey(key);
    }

    private static TokenSigningKey Load(string path)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Identity:TokenKeyFile {path} holds no ECDSA private key in PEM: {e.Message}", e);
        }
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        if (curve.Oid?.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            throw new InvalidOperationException($"Identity:TokenKeyFile {path} is not a P-256 key (ES256 needs P-256)");
        return new TokenSigningKey(key);
    }

    private static void Write(string path, string pem)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        // Whoever reads this file can sign tokens for any user of the city: owner only.
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(path, Encoding.ASCII, options);
        writer.Write(pem);
    }

    private static string Thumbprint(string x, string y)
    {
        // Members in lexicographic order, no whitespace (RFC 7638 section 3).
        var canonical = $$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""";
        return Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
