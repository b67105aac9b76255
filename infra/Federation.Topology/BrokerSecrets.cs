using System.Security.Cryptography;
using System.Text.Json;
using Federation.Members;

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
        var passwords = File.Exists(path) ? Read(path) : [];
        var added = false;
        foreach (var key in members.Cities.SelectMany(c => UserKeys(c.Id, members)))
            added |= passwords.TryAdd(key, NewPassword());
        if (added || !File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            // Created owner-only from the first byte: the passwords are never readable by others.
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var stream = new FileStream(path, options);
            JsonSerializer.Serialize(stream, passwords, new JsonSerializerOptions { WriteIndented = true });
        }
        return new BrokerSecrets(passwords);
    }

    private static Dictionary<string, string> Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a broker secrets file ({e.Message}); delete it to generate new passwords", e);
        }
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
