using Federation.Members;
using Microsoft.Data.Sqlite;

namespace Federation.Identity.Tests;

/// <summary>A temporary folder holding a three-city member list (taipei hosts the secretariat) and a dev users file.</summary>
public sealed class TestFolder : IDisposable
{
    public const string DevPassword = "Test-dev-password-1!";

    public TestFolder()
    {
        Root = Directory.CreateTempSubdirectory("identity-tests-").FullName;
        MembersFile = Path.Combine(Root, "members.yaml");
        new MemberList("taipei", [City("taipei", 1), City("seoul", 2), City("new-taipei", 3)]).Save(MembersFile);
        DevUsersFile = Path.Combine(Root, "dev-users.yaml");
        File.WriteAllText(DevUsersFile, $"""
            password: "{DevPassword}"
            users:
              - name: agency
                role: agency
                organisation: "{"{city}"} smart city office"
              - name: startup
                role: startup
                organisation: "{"{city}"} startup"
              - name: judge
                role: judge
                organisation: "{"{city}"} judging panel"
              - name: admin
                role: admin
                organisation: "{"{city}"} smart city office"
              - name: secretariat
                role: secretariat
                organisation: GO SMART secretariat
                secretariatOnly: true
            """);
    }

    public string Root { get; }
    public string MembersFile { get; }
    public string DevUsersFile { get; }

    public string CityFolder(string city) => Path.Combine(Root, city);

    public void Dispose()
    {
        // Pooled connections keep the database files open.
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private static Member City(string id, int n) => new(
        id,
        new Dictionary<string, string> { ["en"] = $"{id} (en)", ["zh-TW"] = $"{id}市", ["ko"] = $"{id} 시" },
        ["en"],
        new BrokerAddress("127.0.0.1", 5700 + n, 15700 + n, 25700 + n),
        MemberList.ServiceNames.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => 5000 + 100 * n + x.i));
}

