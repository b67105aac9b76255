using System.Security.Cryptography;

namespace Federation.Trials.Features.Certificates;

/// <summary>
/// A node key as people compare it on paper: the first 16 bytes of the SHA-256 of its SubjectPublicKeyInfo,
/// in upper-case hex grouped by two bytes (<c>AB12 CD34 ...</c>).
/// </summary>
public static class KeyFingerprint
{
    private const int Bytes = 16;

    public static string Of(ECDsa key) => Of(key.ExportSubjectPublicKeyInfo());

    public static string Of(byte[] subjectPublicKeyInfo)
    {
        var hex = Convert.ToHexString(SHA256.HashData(subjectPublicKeyInfo), 0, Bytes);
        return string.Join(' ', hex.Chunk(4).Select(group => new string(group)));
    }
}
