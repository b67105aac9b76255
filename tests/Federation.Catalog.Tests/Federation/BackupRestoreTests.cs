using Microsoft.Data.Sqlite;

namespace Federation.Catalog.Tests.Federation;

/// <summary>docs/deployment.md's backup and restore, done as an operator would, on seoul's catalog.</summary>
[Collection(nameof(CatalogFederation))]
public sealed class BackupRestoreTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_node_restored_from_its_backup_on_a_bare_host_is_caught_up_by_the_federation()
    {
        var taipei = federation.Client("taipei");
        var marker = Samples.Marker();
        var early = await Samples.CreateAsync(taipei, Samples.StreetLamp($"{marker} early"));
        await Samples.SearchUntilAsync(federation.Client("seoul"), marker, p => p.Total == 1, "seoul to see the early listing");
        var database = federation.Catalog("seoul").DatabaseFile;
        var key = federation.Brokers.SigningKeyFile("seoul");
        var backup = Directory.CreateTempSubdirectory("federation-backup-");
        try
        {
            // While the node runs: a consistent copy of the database, and the node's key.
            SqliteQuery.Rows(database, $"VACUUM INTO '{Path.Combine(backup.FullName, "catalog.db")}'");
            File.Copy(key, Path.Combine(backup.FullName, "signing-key.pem"));

            // What happens after the backup: a new listing, and the early one withdrawn.
            await Samples.CreateAsync(taipei, Samples.StreetLamp($"{marker} later"));
            (await taipei.DeleteAsync($"/api/solutions/{early.Id}")).EnsureSuccessStatusCode();
            await Samples.SearchUntilAsync(federation.Client("seoul"), marker, p => p.Items is [{ } only] && only.Title["en"].Contains("later"),
                "seoul to see the later listing only");

            // The host is lost; a bare one gets the backup back.
            await federation.StopCatalogAsync("seoul");
            // A process of its own would close its files on exit; in this one, SQLite's pool keeps them open.
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, $"{database}-wal", $"{database}-shm", key }) File.Delete(file);
            File.Copy(Path.Combine(backup.FullName, "catalog.db"), database);
            File.Copy(Path.Combine(backup.FullName, "signing-key.pem"), key);
            await federation.StartCatalogAsync("seoul");
            var restored = await Samples.SearchAsync(federation.Client("seoul"), marker);
            Assert.Equal([early.Id], restored.Items.Select(i => i.Id));

            // The restored node asks to be caught up, and the federation brings it to the present.
            (await federation.Client("seoul").PostAsJsonAsync("/api/catalog/resync", new ResyncRequest(["taipei"])))
                .EnsureSuccessStatusCode();
            await Samples.SearchUntilAsync(federation.Client("seoul"), marker, p => p.Items is [{ } only] && only.Title["en"].Contains("later"),
                "the restored seoul to get the later listing and lose the early one");
        }
        finally
        {
            backup.Delete(recursive: true);
        }
    }
}
