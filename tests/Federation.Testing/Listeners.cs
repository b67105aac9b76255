namespace Federation.Testing;

/// <summary>The addresses this machine's kernel has a listening TCP socket on for a port.</summary>
public static class Listeners
{
    /// <summary>Hex addresses as /proc/net/tcp lists them: "0100007F" is 127.0.0.1, "00000000" every interface.</summary>
    public static IReadOnlyList<string> On(int port) =>
        // "sl local-address:PORT rem-address st ...", with st 0A for LISTEN.
        new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists)
            .SelectMany(File.ReadLines).Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 3 && f[3] == "0A" && f[1].EndsWith($":{port:X4}"))
            .Select(f => f[1][..f[1].IndexOf(':')])
            .ToList();

    public const string Loopback = "0100007F";
}
