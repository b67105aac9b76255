using System.Security.Cryptography;

namespace Federation.Members;

/// <summary>
/// A city node's ECDSA P-256 key pair, which signs every message the node sends to other cities.
/// The private key stays in a PKCS#8 PEM file on the node; the member list carries the public key.
/// </summary>
public static class NodeSigningKey
{
    private const int KeySize = 256;

    /// <summary>Reads the node's key, or creates it (owner-only, folder included) on first start.</summary>
    public static ECDsa LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            SecretFile.WriteNew(path, created.ExportPkcs8PrivateKeyPem());
        }
        return Load(path);
    }

    /// <summary>What the member list holds for a city: base64 of the SubjectPublicKeyInfo (DER).</summary>
    public static string PublicKeyOf(ECDsa key) => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

    /// <summary>The verifying half of a member's key, from its member list entry.</summary>
    public static ECDsa FromPublicKey(string publicKey)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKey), out _);
            if (key.KeySize != KeySize) throw new CryptographicException($"the key has {key.KeySize} bits");
            return key;
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidDataException($"not a base64 ECDSA P-256 public key ({e.Message})", e);
        }
    }

    private static ECDsa Load(string path)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
            if (key.KeySize != KeySize) throw new CryptographicException($"the key has {key.KeySize} bits");
            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidDataException($"{path}: not an ECDSA P-256 private key in PKCS#8 PEM ({e.Message})", e);
        }
    }
}
