extern alias identity;
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
    /// <summary>Signed in as taipei's agency: the caller most catalogue writes need.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>No token at all.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    private readonly List<CityService<identity::Program>> _identities = [];

    /// <summary>A client of taipei's catalog signed in as <paramref name="user"/> (e.g. startup@taipei, agency@seoul).</summary>
    public Task<HttpClient> ClientForAsync(string user) => DevUsers.SignedInAsync(Taipei.CreateClient(), Federation, user);

    public async Task InitializeAsync()
    {
        Federation = await TestFederation.StartAsync("taipei", "seoul");
        try
        {
            foreach (var city in new[] { "taipei", "seoul" })
                _identities.Add(new CityService<identity::Program>(Federation, city, "identity", "Identity").ListenOnMemberPort());
            // Every functional test writes as taipei's agency; the limits' own tests start their own catalogue.
            Taipei = new CityService<Program>(Federation, "taipei", "catalog", "Catalog")
            {
                Settings = new Dictionary<string, string>
                {
                    ["RateLimits:WritesPerUserPerMinute"] = "100000", ["RateLimits:WritesPerAddressPerMinute"] = "100000",
                },
            };
            Taipei.UseKestrel(0);
            Taipei.StartServer();
            Anonymous = Taipei.CreateClient();
            Client = await ClientForAsync("agency@taipei");
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
        foreach (var identity in _identities) await identity.DisposeAsync();
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
