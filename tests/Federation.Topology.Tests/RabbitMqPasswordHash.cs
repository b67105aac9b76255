using System.Security.Cryptography;
using System.Text;

namespace Federation.Topology.Tests;

/// <summary>
/// RabbitMQ's rabbit_password_hashing_sha256, written here independently of the code under test:
/// base64(salt + SHA256(salt + UTF-8 password)) with a 4-byte salt.
/// </summary>
internal static class RabbitMqPasswordHash
{
    public static bool Verifies(string passwordHash, string password)
    {
        var bytes = Convert.FromBase64String(passwordHash);
        if (bytes.Length != 4 + SHA256.HashSizeInBytes) return false;
        var salt = bytes[..4];
        var expected = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);
        return CryptographicOperations.FixedTimeEquals(expected, bytes[4..]);
    }
}
