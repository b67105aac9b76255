using System.Security.Cryptography;
using System.Text.Json;

namespace Federation.Topology;

/// <summary>
/// Passwords of the broker users, generated once and kept in a JSON file outside the repository so
/// that a restarted node (and its services) log in with the same credentials.
/// </summary>
/// <remarks>
/// Users on city C's broker: <c>C</c> (C's services), <c>admin-C</c> (management API) and, for every
/// other city D, <c>federation-D</c> (D's federation links pulling from C).
/// </remarks>
public sealed class BrokerSecrets
{
    private readonly Dictionary<string, string> _passwords;

    private BrokerSecrets(Dictionary<string, string> passwords) => _passwords = passwords;

    public static BrokerSecrets LoadOrCreate(string path, MemberList members)
    {
        var passwords = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : [];
        var added = false;
        foreach (var key in members.Cities.SelectMany(c => UserKeys(c.Id, members)))
            added |= passwords.TryAdd(key, NewPassword());
        if (added || !File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, JsonSerializer.Serialize(passwords, new JsonSerializerOptions { WriteIndented = true }));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return new BrokerSecrets(passwords);
    }

    public string ServicesPassword(string city) => Get(Key(city, city));

    public string AdminPassword(string city) => Get(Key(city, AdminUser(city)));

    /// <summary>Password of <c>federation-{downstream}</c> on the upstream city's broker.</summary>
    public string FederationPassword(string upstreamCity, string downstreamCity) =>
        Get(Key(upstreamCity, FederationUser(downstreamCity)));

    public static string AdminUser(string city) => $"admin-{city}";

    public static string FederationUser(string downstreamCity) => $"federation-{downstreamCity}";

    /// <summary>The users living on <paramref name="city"/>'s broker.</summary>
    public static IEnumerable<string> UsersOf(string city, MemberList members) =>
        new[] { city, AdminUser(city) }.Concat(members.Cities.Where(d => d.Id != city).Select(d => FederationUser(d.Id)));

    private static IEnumerable<string> UserKeys(string city, MemberList members) =>
        UsersOf(city, members).Select(user => Key(city, user));

    private static string Key(string brokerCity, string user) => $"{brokerCity}/{user}";

    private string Get(string key) =>
        _passwords.TryGetValue(key, out var password)
            ? password
            : throw new KeyNotFoundException($"No broker password for '{key}': was the city added after the secrets were loaded?");

    // 24 random bytes, URL-safe base64: 192 bits, and nothing that needs escaping in most places.
    private static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
