namespace Federation.Trials.Tests.Storage;

/// <summary>One database per city on the test run's PostgreSQL server, as a production node keeps its trials.</summary>
public sealed class PostgresTrialFiles : TrialFiles
{
    private readonly PostgresServer _server = PostgresServer.StartedAsync().GetAwaiter().GetResult();
    private readonly string _id = Guid.NewGuid().ToString("N")[..12];

    public override Dictionary<string, string?> Settings(string city) => new()
    {
        ["Storage:Provider"] = "postgres",
        ["ConnectionStrings:Trials"] = _server.NewDatabase("trials", _id, city),
    };

    protected override TrialsDbContext Context(string city) => new PostgresTrialsDbContext(
        new DbContextOptionsBuilder<PostgresTrialsDbContext>().UseNpgsql(_server.NewDatabase("trials", _id, city)).Options);

    public override void Dispose()
    {
        _server.DropDatabases("trials", _id);
        base.Dispose();
    }
}
