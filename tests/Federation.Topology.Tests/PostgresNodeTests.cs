using Npgsql;

namespace Federation.Topology.Tests;

/// <summary>The run command's PostgreSQL server (FEDERATION_STORAGE=postgres): a private PostgresNode keeping its data.</summary>
public sealed class PostgresNodeTests : TestsWith<TempFolder>
{
    [Fact]
    public async Task The_launchers_postgres_listens_on_loopback_only_and_keeps_its_databases_across_a_restart()
    {
        var options = new PostgresNodeOptions(Scratch.File("postgres"), FreePorts.Next());
        await using (var node = await PostgresNode.StartAsync(options))
        {
            Assert.Equal([Listeners.Loopback], Listeners.On(options.Port));
            await ExecuteAsync(node.ConnectionString("postgres"), "CREATE DATABASE taipei_catalog");
            await ExecuteAsync(node.ConnectionString("taipei_catalog"), "CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
        }
        Assert.Empty(Listeners.On(options.Port));

        await using var restarted = await PostgresNode.StartAsync(options);

        Assert.Equal(7, await ExecuteAsync(restarted.ConnectionString("taipei_catalog"), "SELECT id FROM kept"));
    }

    // Unpooled: a pooled connection would outlive the first server's stop.
    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
