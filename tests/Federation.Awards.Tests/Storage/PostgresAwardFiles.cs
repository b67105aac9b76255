namespace Federation.Awards.Tests.Storage;

/// <summary>One database per city on the test run's PostgreSQL server, as a production node keeps its awards.</summary>
public sealed class PostgresAwardFiles : AwardFiles
{
    private readonly PostgresServer _server = PostgresServer.StartedAsync().GetAwaiter().GetResult();
    private readonly string _id = Guid.NewGuid().ToString("N")[..12];

    public override Dictionary<string, string?> Settings(string city) => new()
    {
        ["Storage:Provider"] = "postgres",
        ["ConnectionStrings:Awards"] = _server.NewDatabase("awards", _id, city),
    };

    protected override AwardsDbContext Context(string city) => new PostgresAwardsDbContext(
        new DbContextOptionsBuilder<PostgresAwardsDbContext>().UseNpgsql(_server.NewDatabase("awards", _id, city)).Options);

    public override void Dispose()
    {
        _server.DropDatabases("awards", _id);
        base.Dispose();
    }
}
