using System.Security.Cryptography;

namespace Federation.Members;

/// <summary>A node's secret written once to a file only its owner may read (the keys the node generates on first start).</summary>
public static class SecretFile
{
    /// <summary>
    /// Writes <paramref name="text"/> to a new file, folder included. CreateNew: when two services of a node
    /// start together, one writes and the other then reads its secret.
    /// </summary>
    public static void WriteNew(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(new FileStream(path, options));
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path)) { }
    }

    /// <summary>
    /// The random secret kept in <paramref name="path"/> (base64url of <paramref name="bytes"/> random bytes), created
    /// on first use: how a node's services that share a secret (the portal and its identity service) agree on it.
    /// </summary>
    public static string ReadOrCreate(string path, int bytes = 32)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path))
            WriteNew(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        var secret = File.ReadAllText(path).Trim();
        return secret.Length > 0 ? secret : throw new InvalidDataException($"{path} is empty: delete it to generate a new secret");
    }
}
