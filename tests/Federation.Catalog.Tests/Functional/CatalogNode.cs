using System.Net.Http.Json;
using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;
using Federation.Contracts.Catalog;
using Federation.Testing;
using Xunit;

namespace Federation.Catalog.Tests.Functional;

/// <summary>
/// One federation of taipei and seoul (so members know two cities) and taipei's catalogue on it,
/// shared by every functional test; tests keep apart by creating their own records.
/// </summary>
public sealed class CatalogNode : IAsyncLifetime
{
    public TestFederation Federation { get; private set; } = null!;
    public CityService<Program> Taipei { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Federation = await TestFederation.StartAsync("taipei", "seoul");
        try
        {
            Taipei = new CityService<Program>(Federation, "taipei", "catalog", "Catalog");
            Taipei.UseKestrel(0);
            Taipei.StartServer();
            Client = Taipei.CreateClient();
        }
        catch
        {
            await DisposeAsync(); // xunit does not dispose a fixture that failed to start: its brokers would outlive the run
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Taipei is not null) await Taipei.DisposeAsync();
        if (Federation is not null) await Federation.DisposeAsync();
    }

    public async Task<SolutionResponse> CreateSolutionAsync(SolutionRequest request)
    {
        var response = await Client.PostAsJsonAsync("/api/solutions", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SolutionResponse>())!;
    }

    public async Task<ChallengeResponse> CreateChallengeAsync(ChallengeRequest request)
    {
        var response = await Client.PostAsJsonAsync("/api/challenges", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!;
    }

    /// <summary>Stores another city's listing in taipei's database, as replication would.</summary>
    public Task<SolutionResponse> AddReplicaAsync(SolutionResponse replica) =>
        Taipei.WithScopeAsync<CatalogDbContext, SolutionResponse>(async db =>
        {
            var solution = new Solution();
            solution.ApplyReplica(replica);
            db.Solutions.Add(solution);
            await db.SaveChangesAsync();
            return replica;
        });

    public Task<ChallengeResponse> AddReplicaAsync(ChallengeResponse replica) =>
        Taipei.WithScopeAsync<CatalogDbContext, ChallengeResponse>(async db =>
        {
            var challenge = new Challenge();
            challenge.ApplyReplica(replica);
            db.Challenges.Add(challenge);
            await db.SaveChangesAsync();
            return replica;
        });
}

[CollectionDefinition(Name)]
public sealed class CatalogCollection : ICollectionFixture<CatalogNode>
{
    public const string Name = "Taipei catalogue";
}
