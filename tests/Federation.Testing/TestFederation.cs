using Federation.Topology;

namespace Federation.Testing;

/// <summary>
/// A throwaway federation for tests: one private RabbitMQ node per city on free ports, each city's
/// signing key in its folder, and a members.yaml (with the public keys) that services started by the
/// test can read. Everything lives in a temp folder.
/// </summary>
public sealed class TestFederation : IAsyncDisposable
{
    public static readonly string[] DefaultCities = ["taipei", "seoul", "new-taipei"];

    private readonly Dictionary<string, RabbitMqNode> _brokers = [];
    private readonly BrokerSecrets _secrets;
    private bool _disposed;

    private TestFederation(string root, MemberList members, BrokerSecrets secrets)
    {
        Root = root;
        Members = members;
        _secrets = secrets;
        MembersFile = Path.Combine(root, "members.yaml");
        members.Save(MembersFile);
    }

    public string Root { get; }
    public MemberList Members { get; }
    public string MembersFile { get; }

    public static async Task<TestFederation> StartAsync(params string[] cityIds)
    {
        if (cityIds.Length == 0) cityIds = DefaultCities;
        var root = Path.Combine(Path.GetTempPath(), "federation-tests", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(root);
        var keys = cityIds.ToDictionary(city => city, city =>
        {
            using var key = NodeSigningKey.LoadOrCreate(SigningKeyFile(root, city));
            return NodeSigningKey.PublicKeyOf(key);
        });
        var members = new MemberList(cityIds[0], cityIds.Select(NewMember).ToList()).WithPublicKeys(keys);
        var federation = new TestFederation(root, members, BrokerSecrets.LoadOrCreate(Path.Combine(root, "broker-secrets.json"), members));
        try
        {
            await Task.WhenAll(cityIds.Select(federation.StartCityBrokerAsync));
            return federation;
        }
        catch
        {
            await federation.DisposeAsync();
            throw;
        }
    }

    public RabbitMqNode Broker(string city) =>
        _brokers.TryGetValue(city, out var node) ? node : throw new KeyNotFoundException($"No broker for city '{city}'.");

    public string ServicesPassword(string city) => _secrets.ServicesPassword(city);

    /// <summary>Password of <c>federation-{downstream}</c> (the downstream city's links) on the upstream city's broker.</summary>
    public string FederationPassword(string upstream, string downstream) => _secrets.FederationPassword(upstream, downstream);

    /// <summary>The city node's signing key (PKCS#8 PEM), whose public half the member list holds.</summary>
    public string SigningKeyFile(string city) => SigningKeyFile(Root, city);

    private static string SigningKeyFile(string root, string city) => Path.Combine(root, city, "signing-key.pem");

    /// <summary>The city's data folder (its broker lives in <c>rabbitmq</c> below it), as the launcher lays it out.</summary>
    public string CityDirectory(string city) => Path.Combine(Root, city);

    /// <summary>The city's identity service, on its member-list port: its issuer is known before it starts.</summary>
    public string IdentityUri(string city) => $"http://127.0.0.1:{Members.Get(city).Services["identity"]}";

    public Task StopCityBrokerAsync(string city) => Broker(city).StopAsync(CancellationToken.None);

    /// <summary>Starts the city's broker, again on the same mnesia folder if it ran before.</summary>
    public async Task StartCityBrokerAsync(string city)
    {
        RabbitMqNode? node;
        lock (_brokers) _brokers.TryGetValue(city, out node);
        if (node is not null)
        {
            await node.StartAsync(CancellationToken.None);
            return;
        }
        var options = new RabbitMqNodeOptions(Members.Get(city), Members, _secrets, Path.Combine(CityDirectory(city), "rabbitmq"));
        node = await RabbitMqNode.StartAsync(options, CancellationToken.None);
        lock (_brokers) _brokers[city] = node;
    }

    public Task WaitForFederationLinksAsync(TimeSpan timeout) =>
        Task.WhenAll(RunningBrokers().Select(b => b.WaitForFederationLinksAsync(timeout, CancellationToken.None)));

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        // Set FEDERATION_KEEP_TEST_DATA to look at the node logs of a failed run.
        var keep = Environment.GetEnvironmentVariable("FEDERATION_KEEP_TEST_DATA") is not null;
        // The data is thrown away, so a clean stop (about 8 s a node) buys nothing; a kill takes milliseconds.
        await Task.WhenAll(RunningBrokers().Select(async b =>
        {
            if (!keep) await b.KillAsync();
            await b.DisposeAsync();
        }));
        if (!keep)
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private List<RabbitMqNode> RunningBrokers()
    {
        lock (_brokers) return [.. _brokers.Values];
    }

    // The local federation's cities keep their own languages (the portal's default language, the
    // certificate's wording); any other city a test invents speaks English.
    private static readonly MemberList LocalMembers = MemberList.Load(Path.Combine(DevUsers.RepositoryRoot(), "infra", "members.yaml"));

    private static Member NewMember(string city) => new(
        city,
        MemberList.DisplayLanguages.ToDictionary(language => language, _ => city),
        LocalMembers.Contains(city) ? LocalMembers.Get(city).Languages : ["en"],
        new BrokerAddress("127.0.0.1", FreePorts.Next(), FreePorts.Next(), FreePorts.Next()),
        MemberList.ServiceNames.ToDictionary(s => s, _ => FreePorts.Next()));
}
