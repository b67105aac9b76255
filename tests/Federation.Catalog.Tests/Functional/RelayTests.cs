using Federation.ServiceDefaults.Outbox;

namespace Federation.Catalog.Tests.Functional;

/// <summary>The outbox relay on a catalogue of its own: woken by commits, and patient with a row it cannot publish.</summary>
[Collection(CatalogCollection.Name)]
public sealed class RelayTests(CatalogNode node)
{
    [Fact]
    public async Task A_commit_wakes_the_relay_without_waiting_for_its_poll()
    {
        // Polling every ten minutes: only the commit's signal can publish the listing within the wait below.
        await using var catalog = Catalog("relay-wake", "00:10:00");
        var client = await DevUsers.SignedInAsync(catalog.CreateClient(), node.Federation, "agency@taipei");

        var created = await (await client.PostAsJsonAsync("/api/solutions", Samples.Solution())).Content.ReadFromJsonAsync<SolutionResponse>();

        await Eventually.Async(() => catalog.WithScopeAsync<CatalogDbContext, bool>(db =>
                db.OutboxMessages.AnyAsync(m => m.Payload.Contains(created!.Id.ToString()) && m.SentAt != null)),
            TimeSpan.FromSeconds(15), "the listing's event to leave the outbox");
    }

    [Fact]
    public async Task A_row_that_cannot_be_published_is_retried_with_pauses_not_in_a_tight_loop()
    {
        await using var catalog = Catalog("relay-poison", "00:00:02");
        catalog.CreateClient();
        var withdrawn = new SolutionWithdrawn(Guid.NewGuid(), "taipei", 2, DateTimeOffset.UtcNow);
        await catalog.WithScopeAsync<CatalogDbContext, int>(db =>
        {
            var row = OutboxMessage.For(withdrawn, null, null);
            db.OutboxMessages.Add(row);
            db.Entry(row).Property(r => r.Payload).CurrentValue = "null"; // unreadable: every attempt fails
            return db.SaveChangesAsync();
        });

        await Task.Delay(TimeSpan.FromSeconds(4));
        var row = await catalog.WithScopeAsync<CatalogDbContext, OutboxMessage>(db =>
            db.OutboxMessages.SingleAsync(m => m.Payload == "null"));

        // Pauses of 1 s, 2 s, ...: at most a handful of attempts in 4 s (a tight loop makes thousands).
        Assert.InRange(row.Attempts, 1, 5);
        Assert.Null(row.SentAt);
        Assert.Contains("holds no message", row.LastError);
    }

    [Fact]
    public async Task A_row_that_cannot_be_published_does_not_hold_back_the_rows_after_it()
    {
        await using var catalog = Catalog("relay-poison-first", "00:00:02");
        var client = await DevUsers.SignedInAsync(catalog.CreateClient(), node.Federation, "agency@taipei");
        await catalog.WithScopeAsync<CatalogDbContext, int>(db =>
        {
            var row = OutboxMessage.For(new SolutionWithdrawn(Guid.NewGuid(), "taipei", 2, DateTimeOffset.UtcNow), null, null);
            db.OutboxMessages.Add(row);
            db.Entry(row).Property(r => r.Payload).CurrentValue = "null";
            return db.SaveChangesAsync();
        });

        var created = await (await client.PostAsJsonAsync("/api/solutions", Samples.Solution())).Content.ReadFromJsonAsync<SolutionResponse>();

        await Eventually.Async(() => catalog.WithScopeAsync<CatalogDbContext, bool>(db =>
                db.OutboxMessages.AnyAsync(m => m.Payload.Contains(created!.Id.ToString()) && m.SentAt != null)),
            TimeSpan.FromSeconds(15), "the listing's event to leave the outbox past the unreadable row");
    }

    [Fact]
    public async Task Marking_rows_sent_leaves_every_connection_waiting_for_the_disk_again()
    {
        await using var catalog = Catalog("relay-durable", "00:00:02");
        var client = await DevUsers.SignedInAsync(catalog.CreateClient(), node.Federation, "agency@taipei");

        for (var i = 0; i < 3; i++) (await client.PostAsJsonAsync("/api/solutions", Samples.Solution())).EnsureSuccessStatusCode();
        await Eventually.Async(() => catalog.WithScopeAsync<CatalogDbContext, bool>(db => db.OutboxMessages.AllAsync(m => m.SentAt != null)),
            TimeSpan.FromSeconds(15), "the listings' events to leave the outbox");

        // The relay marks with synchronous=NORMAL on a pooled connection: the next user of it must get FULL (2) back.
        var levels = await catalog.WithScopeAsync<CatalogDbContext, List<long>>(db =>
            db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").ToListAsync());
        Assert.Equal([2L], levels);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(50, 5)]
    public void The_pause_grows_a_second_per_attempt_up_to_five(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), QueuedRows.Backoff(attempts));

    private CityService<Program> Catalog(string name, string pollInterval) =>
        new(node.Federation, "taipei", "catalog", "Catalog")
        {
            Settings = new Dictionary<string, string>
            {
                ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(node.Federation.CityDirectory("taipei"), $"catalog-{name}.db")}",
                ["Outbox:PollInterval"] = pollInterval,
            },
        };
}
