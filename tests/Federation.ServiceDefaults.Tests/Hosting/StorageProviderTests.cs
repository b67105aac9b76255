using Federation.ServiceDefaults.Tests.Mail;

namespace Federation.ServiceDefaults.Tests.Hosting;

/// <summary><c>Storage:Provider</c> chooses the store of every database of a node; a wrong setting stops it at start.</summary>
public sealed class StorageProviderTests
{
    [Theory]
    [InlineData("mysql")]
    [InlineData("postgresql")]
    public async Task A_provider_other_than_sqlite_or_postgres_stops_the_node_naming_the_setting(string provider)
    {
        await using var node = new MailingNode();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => node.StartAsync(Settings(provider)));

        Assert.Contains("Storage:Provider", error.Message);
        Assert.Contains(provider, error.Message);
    }

    [Fact]
    public async Task A_sqlite_file_given_to_a_postgres_node_stops_it_naming_the_connection_string()
    {
        await using var node = new MailingNode();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => node.StartAsync(Settings("postgres")));

        Assert.Contains("ConnectionStrings:Node", error.Message);
    }

    [Fact]
    public async Task Without_the_setting_a_node_keeps_its_data_in_sqlite()
    {
        await using var node = new MailingNode();

        await node.StartAsync(Settings(null));

        Assert.True(File.Exists(node.DatabaseFile));
    }

    [Fact]
    public async Task A_sqlite_connection_waits_inside_sqlite_for_another_writer()
    {
        await using var node = new MailingNode();
        await node.StartAsync(Settings(null));

        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvitingDbContext>();
        await db.Database.OpenConnectionAsync();
        var milliseconds = await db.Database.SqlQueryRaw<long>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync();

        // As long as the command timeout (30 s): SQLite's own short waits, not the library's 150 ms sleeps.
        Assert.Equal(30_000, milliseconds);
    }

    // Mail settings a node starts with (mail waits undelivered: no server answers), and the provider.
    private static Dictionary<string, string?> Settings(string? provider)
    {
        var settings = MailInbox.SettingsFor("127.0.0.1", FreePorts.Next());
        if (provider is not null) settings["Storage:Provider"] = provider;
        return settings;
    }
}
