using Federation.Members;
namespace Federation.Topology.Tests;

public sealed class BrokerSecretsTests : TestsWith<TempFolder>
{
    private string SecretsFile => Scratch.File(Path.Combine("data", "broker-secrets.json"));

    [Fact]
    public void A_corrupt_secrets_file_is_reported_with_its_path()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SecretsFile)!);
        File.WriteAllText(SecretsFile, "{ not json");

        var error = Assert.Throws<InvalidDataException>(() => BrokerSecrets.LoadOrCreate(SecretsFile, Cities.Three));

        Assert.StartsWith(SecretsFile, error.Message);
    }

    [Fact]
    public void The_first_load_creates_the_secrets_file()
    {
        Assert.False(File.Exists(SecretsFile));

        BrokerSecrets.LoadOrCreate(SecretsFile, Cities.Three);

        Assert.True(File.Exists(SecretsFile));
    }

    [Fact]
    public void The_secrets_file_is_readable_and_writable_by_its_owner_only()
    {
        BrokerSecrets.LoadOrCreate(SecretsFile, Cities.Three);

        if (OperatingSystem.IsWindows()) return; // the nodes run on Linux only
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SecretsFile));
    }

    [Fact]
    public void Loading_again_gives_the_same_passwords()
    {
        var first = BrokerSecrets.LoadOrCreate(SecretsFile, Cities.Three);

        var second = BrokerSecrets.LoadOrCreate(SecretsFile, Cities.Three);

        Assert.Equal(AllPasswords(first, Cities.Three), AllPasswords(second, Cities.Three));
    }

    [Fact]
    public void Adding_a_city_keeps_existing_passwords_and_adds_the_new_citys()
    {
        var before = BrokerSecrets.LoadOrCreate(SecretsFile, Cities.Three);

        var after = BrokerSecrets.LoadOrCreate(SecretsFile, Cities.Four);

        Assert.Equal(AllPasswords(before, Cities.Three), AllPasswords(after, Cities.Three));
        Assert.Throws<KeyNotFoundException>(() => before.ServicesPassword("montreal"));
        Assert.NotEmpty(after.ServicesPassword("montreal"));
        Assert.NotEmpty(after.AdminPassword("montreal"));
        Assert.All(Cities.Three.Cities, c =>
        {
            Assert.NotEmpty(after.FederationPassword(c.Id, "montreal"));
            Assert.NotEmpty(after.FederationPassword("montreal", c.Id));
        });
    }

    [Fact]
    public void Passwords_are_distinct_and_at_least_24_characters_long()
    {
        var passwords = AllPasswords(BrokerSecrets.LoadOrCreate(SecretsFile, Cities.Four), Cities.Four).Values.ToList();

        Assert.Equal(4 * (2 + 3), passwords.Count);
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
        Assert.All(passwords, p => Assert.True(p.Length >= 24, $"'{p}' is {p.Length} characters"));
    }

    // Every password on every broker, keyed by "broker/user".
    private static SortedDictionary<string, string> AllPasswords(BrokerSecrets secrets, MemberList members) =>
        new(members.Cities
            .SelectMany(broker => BrokerSecrets.UsersOf(broker.Id, members).Select(user => (broker: broker.Id, user)))
            .ToDictionary(
                x => $"{x.broker}/{x.user}",
                x => x.user == x.broker ? secrets.ServicesPassword(x.broker)
                    : x.user == BrokerSecrets.AdminUser(x.broker) ? secrets.AdminPassword(x.broker)
                    : secrets.FederationPassword(x.broker, x.user["federation-".Length..])));
}
