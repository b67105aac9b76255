using System.Collections.Concurrent;
using Federation.Launcher;
using Federation.Members;
using Federation.Topology;

namespace Federation.Hosts.Tests;

/// <summary>
/// Three cities, each on a host of its own (<see cref="PrivateNetwork"/>): its RabbitMQ node and its identity,
/// catalog and trials services run there as processes, started as the run command starts them (tye.yaml's settings), and the
/// brokers federate across the hosts over TLS, each with its certificate from the test's CA naming its host.
/// </summary>
public sealed class HostsFederation : IAsyncLifetime
{
    public static readonly string[] Cities = ["taipei", "seoul", "new-taipei"];
    private static readonly string[] ServiceNames = ["identity", "catalog", "trials"];
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(120);

    private readonly string _root = Directory.CreateTempSubdirectory("federation-hosts-").FullName;
    private readonly Dictionary<string, RabbitMqNode> _brokers = [];
    private readonly Dictionary<(string City, string Service), ServiceProcess> _services = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _output = [];
    private PrivateNetwork? _network;

    public PrivateNetwork Network => _network ?? throw new InvalidOperationException("Not started.");
    public MemberList Members { get; private set; } = null!;
    public RabbitMqNode Broker(string city) => _brokers[city];
    public ServiceProcess Service(string city, string service) => _services[(city, service)];

    public async Task InitializeAsync()
    {
        _network = await PrivateNetwork.CreateAsync(Cities, Path.Combine(_root, "network"));
        var repository = Repository.Root;
        var listed = MemberList.Load(Path.Combine(repository, "infra", "members.yaml"));
        // The member list a real federation has: each broker reached by its host's name.
        Members = LocalFederation.WithSigningKeys(listed with
        {
            Cities = [.. listed.Cities.Select(m => m with { Broker = m.Broker with { Host = Network.Hosts[m.Id].Name } })],
        }, _root);
        var membersFile = Path.Combine(_root, "members.yaml");
        Members.Save(membersFile);
        var secrets = BrokerSecrets.LoadOrCreate(Path.Combine(_root, "broker-secrets.json"), Members);
        var authority = new LocalCertificateAuthority(_root);

        var starts = Members.Cities.Select(member =>
        {
            var folder = Path.Combine(_root, member.Id);
            var tls = authority.IssueOrLoad(member, folder);
            return RabbitMqNode.StartAsync(new RabbitMqNodeOptions(member, Members, secrets, tls, Path.Combine(folder, "rabbitmq"),
                Placement: PlacementOf(member.Id)), CancellationToken.None);
        }).ToList();
        await Task.WhenAll(starts.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        foreach (var start in starts.Where(t => t.IsCompletedSuccessfully)) _brokers[start.Result.Member.Id] = start.Result;
        await Task.WhenAll(starts);

        var tye = TyeFile.Load(Path.Combine(repository, "tye.yaml"));
        foreach (var member in Members.Cities)
        {
            var city = new CityContext(member, Path.Combine(_root, member.Id), membersFile, secrets)
            {
                Root = repository,
                Mail = new MailEndpoint("127.0.0.1", 2525), // nothing here sends mail: invitations are not part of these tests
            };
            foreach (var project in tye.Services.Where(s => ServiceNames.Contains(s.Name)))
            {
                var port = city.PortOf(project.Name);
                var environment = project.Env.ToDictionary(e => e.Name, e => city.Fill(e.Value, port));
                // The city's own services still call each other on loopback; the test reaches them on the host's address.
                environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port};http://{PlacementOf(member.Id).Address}:{port}";
                environment["Logging__LogLevel__Default"] = "Warning";
                // One client sends a thousand listings a run, far faster than the per-user limit of people (tested apart).
                environment["RateLimits__WritesPerUserPerMinute"] = "100000";
                environment["RateLimits__WritesPerAddressPerMinute"] = "100000";
                var service = new ServiceProcess(member.Id, project, Path.GetFullPath(project.Project!, repository), port, environment,
                    PlacementOf(member.Id), Keep);
                _services[(member.Id, project.Name)] = service;
                service.Start();
            }
        }
        foreach (var service in _services.Values) await WaitHealthyAsync(service);
        await WaitForLinksAsync();
    }

    /// <summary>Until every broker's links to the others run again (after a fault, before the next test starts).</summary>
    public Task WaitForLinksAsync() =>
        Task.WhenAll(_brokers.Values.Select(b => b.Management.WaitForFederationLinksAsync(TimeSpan.FromSeconds(60), CancellationToken.None)));

    public ProcessPlacement PlacementOf(string city) => new(Network.Hosts[city].Namespace, Network.Hosts[city].Address);

    /// <summary>A client of a city's service, on its host's address.</summary>
    public HttpClient Client(string city, string service) =>
        new() { BaseAddress = Service(city, service).BaseUri, Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>A client of a city's service signed in as <paramref name="user"/> of that city.</summary>
    public async Task<HttpClient> SignedInAsync(string city, string service, string user)
    {
        var client = Client(city, service);
        client.DefaultRequestHeaders.Authorization = new("Bearer", await DevUsers.TokenAsync(Service(city, "identity").BaseUri, user));
        return client;
    }

    public async Task WaitHealthyAsync(ServiceProcess service)
    {
        if (!await service.WaitHealthyAsync(HealthTimeout, CancellationToken.None))
            throw new InvalidOperationException($"{service.City}/{service.Name} is not healthy at {service.BaseUri}:\n{OutputOf(service.City, service.Name)}");
    }

    /// <summary>
    /// "queue on city: N" for every error or skipped queue of every broker that holds anything: where forged messages
    /// go, and where a message no consumer took would.
    /// </summary>
    public async Task<List<string>> DeadEndsAsync()
    {
        var held = new List<string>();
        foreach (var city in Cities)
            foreach (var (queue, messages) in await Broker(city).Management.GetQueueDepthsAsync(CancellationToken.None))
                if (messages > 0 && (queue.EndsWith("_error", StringComparison.Ordinal) || queue.EndsWith("_skipped", StringComparison.Ordinal)))
                    held.Add($"{queue} on {city}: {messages}");
        return held;
    }

    /// <summary>The last lines a service printed, for a failure's message.</summary>
    public string OutputOf(string city, string service) =>
        string.Join('\n', _output.TryGetValue($"{city}/{service}", out var lines) ? lines : []);

    private void Keep(string city, string service, string line)
    {
        var lines = _output.GetOrAdd($"{city}/{service}", _ => new());
        lines.Enqueue(line);
        while (lines.Count > 200) lines.TryDequeue(out _);
    }

    public async Task DisposeAsync()
    {
        // Everything here is thrown away: killed rather than stopped, which takes seconds per broker.
        await Task.WhenAll(_services.Values.Select(s => s.KillAsync()));
        foreach (var broker in _brokers.Values)
        {
            await broker.KillAsync();
            broker.Management.Dispose();
        }
        if (_network is not null) await _network.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(nameof(HostsFederation))]
public sealed class HostsFederationCollection : ICollectionFixture<HostsFederation>;
