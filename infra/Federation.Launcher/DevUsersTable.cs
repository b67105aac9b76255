using Federation.Members;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Federation.Launcher;

/// <summary>The development users of infra/dev-users.yaml as the identity services seed them, for the console.</summary>
public static class DevUsersTable
{
    public static void Print(string path, MemberList members)
    {
        if (!File.Exists(path)) return;
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties().Build().Deserialize<DevUsersFile?>(File.ReadAllText(path)) ?? new DevUsersFile();
        Output.Info($"Development users (every one with password {file.Password}):");
        Output.Info($"{"city",-12} {"user",-28} role");
        foreach (var city in members.Cities)
            foreach (var user in file.Users.Where(u => !u.SecretariatOnly || city.Id == members.Secretariat))
                Output.Info($"{city.Id,-12} {$"{user.Name}@{city.Id}",-28} {user.Role}");
        Output.Info("");
    }

    private sealed class DevUsersFile
    {
        public string Password { get; set; } = "";
        public List<DevUser> Users { get; set; } = [];
    }

    private sealed class DevUser
    {
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public bool SecretariatOnly { get; set; }
    }
}
