using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;

namespace Federation.Catalog.Tests.Functional;

/// <summary>
/// One federation of taipei and seoul (so members know two cities) and taipei's catalogue on it, on a real
/// socket, shared by every functional test; tests keep apart by creating their own records.
/// </summary>
public sealed class CatalogNode : IAsyncLifetime
{
    public FederationHost Host { get; private set; } = null!;
    public TestFederation Federation => Host.Brokers;
    public CityService<Program> Taipei => Host.Service<Program>("taipei");

    /// <summary>Signed in as taipei's agency: the caller most catalogue writes need.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>No token at all.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>A client of taipei's catalog signed in as <paramref name="user"/> (e.g. startup@taipei, agency@seoul).</summary>
    public Task<HttpClient> ClientForAsync(string user) => Host.ClientAsync(user, "catalog", "taipei");

    // Only taipei's catalogue runs: seoul is there for its identity service and broker.
    public async Task InitializeAsync()
    {
        Host = await FederationHost.For("taipei", "seoul").Serve<Program>("catalog", listen: true, onlyIn: "taipei").StartAsync();
        Anonymous = Taipei.CreateClient();
        Client = await ClientForAsync("agency@taipei");
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }

    public Task<SolutionResponse> CreateSolutionAsync(SolutionRequest request) => CreateAsync<SolutionResponse>("/api/solutions", request);

    public Task<ChallengeResponse> CreateChallengeAsync(ChallengeRequest request) => CreateAsync<ChallengeResponse>("/api/challenges", request);

    /// <summary>Stores another city's listing in taipei's database, as replication would.</summary>
    public Task<SolutionResponse> AddReplicaAsync(SolutionResponse replica) =>
        AddReplicaAsync(replica, db =>
        {
            var solution = new Solution();
            solution.ApplyReplica(replica);
            db.Solutions.Add(solution);
        });

    public Task<ChallengeResponse> AddReplicaAsync(ChallengeResponse replica) =>
        AddReplicaAsync(replica, db =>
        {
            var challenge = new Challenge();
            challenge.ApplyReplica(replica);
            db.Challenges.Add(challenge);
        });

    private async Task<T> CreateAsync<T>(string path, object request)
    {
        var response = await Client.PostAsJsonAsync(path, request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private Task<T> AddReplicaAsync<T>(T replica, Action<CatalogDbContext> add) =>
        Taipei.WithScopeAsync<CatalogDbContext, T>(async db =>
        {
            add(db);
            await db.SaveChangesAsync();
            return replica;
        });
}

[CollectionDefinition(Name)]
public sealed class CatalogCollection : ICollectionFixture<CatalogNode>
{
    public const string Name = "Taipei catalogue";
}
