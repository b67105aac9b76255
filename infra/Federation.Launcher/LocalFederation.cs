using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Federation.Members;
using Federation.Topology;

namespace Federation.Launcher;

/// <summary>Every city of the member list: its broker, then its project services, as tye.yaml says.</summary>
public sealed class LocalFederation(string root, TyeFile tye) : IAsyncDisposable
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan LinksTimeout = TimeSpan.FromSeconds(60);
    private readonly List<RabbitMqNode> _brokers = [];
    private readonly List<ServiceProcess> _services = [];
    private MemberList? _members;
    private Smtp4devServer? _mail;
    private PostgresNode? _postgres;

    public async Task StartAsync(CancellationToken ct)
    {
        var onPostgres = LocalStorage.OnPostgres();
        var dataRoot = Path.GetFullPath(tye.Data, root);
        var membersFile = Path.Combine(dataRoot, "members.yaml");
        _members = WithSigningKeys(MemberList.Load(Path.GetFullPath(tye.Members, root)), dataRoot);
        _members.Save(membersFile);
        Output.Info($"Member list with every city's public signing key: {membersFile} ({{members}} for the services)");
        var secrets = BrokerSecrets.LoadOrCreate(Path.Combine(dataRoot, "broker-secrets.json"), _members);
        var mail = tye.Services.SingleOrDefault(s => s.Kind == "smtp4dev") is { } mailService
            ? new Smtp4devOptions(root, Path.Combine(dataRoot, "mail"), PortOrFree(mailService.SmtpPort), PortOrFree(mailService.WebPort),
                KeepMessages: true, Log: line => { if (!line.Contains("migration", StringComparison.Ordinal)) Output.Line("mail", "smtp4dev", line); })
            : null;
        var cities = _members.Cities.Select(m => new CityContext(m, Path.Combine(dataRoot, m.Id), membersFile, secrets)
        {
            Root = root,
            Mail = mail is null ? null : new MailEndpoint(Smtp4devServer.Host, mail.SmtpPort),
        }).ToList();
        var projects = tye.Services.Where(s => s.Project is not null).ToList();
        var brokerTls = tye.Services.SingleOrDefault(s => s.Kind == "rabbitmq")?.Tls;
        var tls = cities.ToDictionary(c => c.Member.Id, c => BrokerTlsFiles.For(c, brokerTls, dataRoot));
        // Settings first: a missing port or a placeholder typo fails before anything has started.
        var plans = cities.SelectMany(city => projects.Select(project =>
        {
            var port = city.PortOf(project.Name);
            return (City: city, Project: project, Port: port, Env: project.Env.ToDictionary(e => e.Name, e => city.Fill(e.Value, port)));
        })).ToList();

        if (mail is not null)
        {
            _mail = await Smtp4devServer.StartAsync(mail, ct);
            Output.Info($"Mail server up: SMTP {Smtp4devServer.Host}:{_mail.SmtpPort}, inbox {_mail.InboxUri}");
        }

        if (tye.Services.Any(s => s.Kind == "rabbitmq"))
        {
            var stopwatch = Stopwatch.StartNew();
            var starts = cities.Select(c => StartBrokerAsync(c, secrets, tls[c.Member.Id], ct)).ToList();
            await Task.WhenAll(starts.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            _brokers.AddRange(starts.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
            await Task.WhenAll(starts); // rethrows the first failure, once the others are tracked for shutdown
            Output.Info($"All {_brokers.Count} brokers up in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        }

        if (onPostgres)
        {
            _postgres = await PostgresNode.StartAsync(new PostgresNodeOptions(Path.Combine(dataRoot, "postgres"), PortOrFree(null)));
            Output.Info($"PostgreSQL up: 127.0.0.1:{_postgres.Options.Port}, user postgres, a database per city and service ({LocalStorage.Variable}=postgres)");
            plans = plans.Select(p => (p.City, p.Project, p.Port, Env: LocalStorage.On(_postgres, p.City.Member.Id, p.Env))).ToList();
        }

        foreach (var project in projects)
            await EnsureBuiltAsync(Path.GetFullPath(project.Project!, root), ct);
        foreach (var plan in plans)
        {
            var service = new ServiceProcess(plan.City.Member.Id, plan.Project, Path.GetFullPath(plan.Project.Project!, root), plan.Port, plan.Env);
            service.Start();
            _services.Add(service);
        }

        var healthy = await Task.WhenAll(_services.Select(s => s.WaitHealthyAsync(HealthTimeout, ct)));
        var unhealthy = _services.Zip(healthy).Where(x => !x.Second).Select(x => x.First).ToList();
        foreach (var service in unhealthy)
            Output.Error($"!!! [{service.City}/{service.Name}] is not healthy at {service.BaseUri} (see its output above)");
        // A federation missing a service is not "running": stop rather than announce it.
        if (unhealthy.Count > 0)
            throw new InvalidOperationException($"{unhealthy.Count} service(s) did not become healthy within {HealthTimeout.TotalSeconds:0} s: " +
                string.Join(", ", unhealthy.Select(s => $"{s.City}/{s.Name}")));

        var links = Stopwatch.StartNew();
        await Task.WhenAll(_brokers.Select(b => b.Management.WaitForFederationLinksAsync(LinksTimeout, ct)));
        Output.Info($"Federation links running on every broker ({links.Elapsed.TotalSeconds:0.0} s)");
    }

    public void PrintSummary()
    {
        Output.Info("");
        Output.Info($"{"city",-12} {"service",-10} {"url",-26} api docs");
        foreach (var service in _services)
            // The portal is for people: it has pages, not an API document.
            Output.Info($"{service.City,-12} {service.Name,-10} {service.BaseUri,-26} " +
                        (service.Name == "portal" ? "web portal: open it in a browser" : $"{service.BaseUri}openapi/v1.json  {service.BaseUri}swagger") +
                        (service.HasExited ? "  (EXITED)" : ""));
        foreach (var broker in _brokers)
            Output.Info($"{broker.Member.Id,-12} {"broker",-10} {broker.ManagementUri,-26} user {broker.Management.AdminUser} / {broker.Management.AdminPassword}" +
                        $"  (amqp {broker.Member.Broker.Host}:{broker.Member.Broker.AmqpPort}, federation amqps :{broker.Member.Broker.AmqpsPort})");
        if (_postgres is not null)
            Output.Info($"{"all",-12} {"postgres",-10} {_postgres.ConnectionString("{city}_{service}"),-26} every service's databases (data in {_postgres.Options.Folder})");
        if (_mail is not null)
            Output.Info($"{"all",-12} {"mail",-10} {_mail.InboxUri,-26} web inbox of every mail the services send  (smtp {Smtp4devServer.Host}:{_mail.SmtpPort})");
        Output.Info("");
        if (_members is not null) DevUsersTable.Print(Path.Combine(root, "infra", "dev-users.yaml"), _members);
    }

    public async Task StopAsync()
    {
        await Task.WhenAll(_services.Select(s => s.StopAsync(TimeSpan.FromSeconds(10))));
        _services.Clear();
        if (_postgres is not null) await _postgres.StopAsync();
        _postgres = null;
        // One broker after another: two brokers stopping at once each wait on their federation links to the
        // other, and one has been seen to hang in its shutdown until it was killed 30 s later.
        foreach (var broker in _brokers) await broker.DisposeAsync();
        _brokers.Clear();
        if (_mail is not null) await _mail.DisposeAsync();
        _mail = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>The member list plus each city's public key, its node key created in its data folder on first start.</summary>
    public static MemberList WithSigningKeys(MemberList members, string dataRoot) =>
        members.WithPublicKeys(members.Cities.ToDictionary(m => m.Id, m =>
        {
            using var key = NodeSigningKey.LoadOrCreate(Path.Combine(dataRoot, m.Id, "signing-key.pem"));
            return NodeSigningKey.PublicKeyOf(key);
        }));

    private Task<RabbitMqNode> StartBrokerAsync(CityContext city, BrokerSecrets secrets, BrokerTls tls, CancellationToken ct) =>
        RabbitMqNode.StartAsync(
            new RabbitMqNodeOptions(city.Member, _members!, secrets, tls, Path.Combine(city.DataDirectory, "rabbitmq"), Output.Progress),
            ct);

    // A configured port, or one the system picks now and that stays free until smtp4dev takes it.
    private static int PortOrFree(int? configured)
    {
        if (configured is > 0) return configured.Value;
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    // run.sh builds the services tye.yaml lists; this covers a launcher started on its own.
    private static async Task EnsureBuiltAsync(string projectPath, CancellationToken ct)
    {
        var dll = ServiceProcess.DllOf(projectPath);
        if (File.Exists(dll)) return;
        Output.Info($"{dll} is missing: building {projectPath}");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", projectPath, "-c", "Release"]) { UseShellExecute = false })!;
        await build.WaitForExitAsync(ct);
        if (build.ExitCode != 0) throw new InvalidOperationException($"Building {projectPath} failed (exit code {build.ExitCode}).");
    }
}
