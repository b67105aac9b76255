using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Networks;
using Federation.Members;
using Federation.Topology;

namespace Federation.Testing;

/// <summary>
/// A throwaway federation for tests: one RabbitMQ broker per city in a container (Testcontainers) on
/// a network of the test's own, published on free ports of 127.0.0.1; each city's signing key in its
/// folder, and a members.yaml (with the public keys) that services started by the test can read.
/// The brokers federate over TLS with certificates of a CA of the test's own, as the launcher's do.
/// Everything lives in a temp folder and the test's containers.
/// </summary>
public sealed class TestFederation : IAsyncDisposable
{
    public static readonly string[] DefaultCities = ["taipei", "seoul", "new-taipei"];

    private readonly Dictionary<string, BrokerContainer> _brokers = [];
    private readonly BrokerSecrets _secrets;
    private readonly string? _impostor;
    private readonly INetwork _network;
    private bool _disposed;

    private TestFederation(string root, MemberList members, BrokerSecrets secrets, string? impostor)
    {
        Root = root;
        Members = members;
        _secrets = secrets;
        _impostor = impostor;
        _network = new NetworkBuilder().WithName($"federation-tests-{Path.GetFileName(root)}").Build();
        MembersFile = Path.Combine(root, "members.yaml");
        members.Save(MembersFile);
    }

    public string Root { get; }
    public MemberList Members { get; }
    public string MembersFile { get; }

    public static Task<TestFederation> StartAsync(params string[] cityIds) => StartAsync(cityIds, impostor: null);

    /// <param name="impostor">A city whose broker presents a certificate of another CA than the federation's
    /// (trusting the federation's CA itself): the other brokers must refuse its links and their links to it.</param>
    public static async Task<TestFederation> StartAsync(string[] cityIds, string? impostor)
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
        TestFederation federation;
        try
        {
            federation = new TestFederation(root, members, BrokerSecrets.LoadOrCreate(Path.Combine(root, "broker-secrets.json"), members), impostor);
        }
        catch (DockerUnavailableException e)
        {
            throw new InvalidOperationException("The test brokers run in containers and no container engine answers: run the tests " +
                "with infra/test.sh, or `source infra/test-containers.sh` in this shell first (it sets DOCKER_HOST).", e);
        }
        try
        {
            await federation._network.CreateAsync();
            await Task.WhenAll(cityIds.Select(federation.StartCityBrokerAsync));
            return federation;
        }
        catch
        {
            await federation.DisposeAsync();
            throw;
        }
    }

    public BrokerContainer Broker(string city) =>
        _brokers.TryGetValue(city, out var node) ? node : throw new KeyNotFoundException($"No broker for city '{city}'.");

    public string ServicesPassword(string city) => _secrets.ServicesPassword(city);

    /// <summary>Password of <c>federation-{downstream}</c> (the downstream city's links) on the upstream city's broker.</summary>
    public string FederationPassword(string upstream, string downstream) => _secrets.FederationPassword(upstream, downstream);

    /// <summary>The city node's signing key (PKCS#8 PEM), whose public half the member list holds.</summary>
    public string SigningKeyFile(string city) => SigningKeyFile(Root, city);

    private static string SigningKeyFile(string root, string city) => Path.Combine(root, city, "signing-key.pem");

    /// <summary>The city's data folder (databases, keys), as the launcher lays it out.</summary>
    public string CityDirectory(string city) => Path.Combine(Root, city);

    /// <summary>The city's identity service, on its member-list port: its issuer is known before it starts.</summary>
    public string IdentityUri(string city) => ServiceUri(city, "identity");

    /// <summary>A service of the city on its member-list port, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string ServiceUri(string city, string service) => $"http://127.0.0.1:{Members.Get(city).Services[service]}";

    public Task StopCityBrokerAsync(string city) => Broker(city).StopAsync();

    /// <summary>Starts the city's broker, again on the data it kept if it ran before.</summary>
    public async Task StartCityBrokerAsync(string city)
    {
        BrokerContainer? broker;
        lock (_brokers)
            if (!_brokers.TryGetValue(city, out broker))
                _brokers[city] = broker = new BrokerContainer(Members.Get(city), Members, _secrets, BrokerTlsOf(city), _network);
        await broker.StartAsync();
    }

    /// <summary>The city broker's TLS files: the federation CA's certificate for it, made on first use (an impostor's by another CA).</summary>
    public BrokerTls BrokerTlsOf(string city)
    {
        var ca = new LocalCertificateAuthority(Root);
        var member = Members.Get(city);
        if (city != _impostor) return ca.IssueOrLoad(member, CityDirectory(city));
        var tls = new BrokerTls(ca.IssueOrLoad(member, CityDirectory(city)).CaFile,
            Path.Combine(CityDirectory(city), "impostor-certificate.pem"), Path.Combine(CityDirectory(city), "impostor-key.pem"));
        if (!File.Exists(tls.CertificateFile))
        {
            using var otherCa = LocalCertificateAuthority.CreateCa("Inter-City Federation local CA"); // the same name, another key
            LocalCertificateAuthority.Issue(otherCa, member, tls.CertificateFile, tls.KeyFile);
        }
        return tls;
    }

    public Task WaitForFederationLinksAsync(TimeSpan timeout) =>
        Task.WhenAll(Brokers().Select(b => b.Management.WaitForFederationLinksAsync(timeout, CancellationToken.None)));

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        // Set FEDERATION_KEEP_TEST_DATA to keep the data folder (databases, keys) of a failed run.
        var keep = Environment.GetEnvironmentVariable("FEDERATION_KEEP_TEST_DATA") is not null;
        await Task.WhenAll(Brokers().Select(b => b.DisposeAsync().AsTask()));
        await _network.DisposeAsync();
        if (!keep)
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private List<BrokerContainer> Brokers()
    {
        lock (_brokers) return [.. _brokers.Values];
    }

    // The local federation's cities keep their own languages (the portal's default language, the
    // certificate's wording); any other city a test invents speaks English.
    private static readonly MemberList LocalMembers = MemberList.Load(Path.Combine(Repository.Root, "infra", "members.yaml"));

    private static Member NewMember(string city) => new(
        city,
        MemberList.DisplayLanguages.ToDictionary(language => language, _ => city),
        LocalMembers.Contains(city) ? LocalMembers.Get(city).Languages : ["en"],
        new BrokerAddress("127.0.0.1", FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), FreePorts.Next()),
        MemberList.ServiceNames.ToDictionary(s => s, _ => FreePorts.Next()),
        TimeZone: LocalMembers.Contains(city) ? LocalMembers.Get(city).TimeZone : null);
}
