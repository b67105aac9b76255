using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization;

namespace Federation.Identity.Users;

/// <summary>The local federation's development users (infra/dev-users.yaml): one password for all.</summary>
public sealed class DevUsersFile
{
    public string Password { get; set; } = "";
    public List<DevUser> Users { get; set; } = [];

    public static DevUsersFile Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        try
        {
            var file = deserializer.Deserialize<DevUsersFile?>(File.ReadAllText(path)) ?? new DevUsersFile();
            if (string.IsNullOrEmpty(file.Password)) throw new InvalidDataException($"{path}: no password given");
            return file;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path} ({e.Start}): {e.InnerException?.Message ?? e.Message}", e);
        }
    }
}

public sealed class DevUser
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";

    /// <summary>May hold "{city}", replaced by the node's city id.</summary>
    public string Organisation { get; set; } = "";

    /// <summary>Seeded only on the node of the city that hosts the secretariat.</summary>
    public bool SecretariatOnly { get; set; }
}
