using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Networks;
using Federation.Members;
using Federation.Topology;
using Testcontainers.RabbitMq;

namespace Federation.Testing;

/// <summary>
/// One city's RabbitMQ broker in a container (Testcontainers), configured from the member list as the
/// launcher configures its private nodes: the city's users, one federation upstream per other city and
/// the policy, loaded at boot. Cities' containers reach each other on the test's own network by their
/// city id; this process reaches each on 127.0.0.1 only, at the member list's ports, which stay the same
/// when a broker restarts.
/// </summary>
public sealed class BrokerContainer : IAsyncDisposable
{
    /// <summary>
    /// The image (<c>FEDERATION_RABBITMQ_IMAGE</c>): infra/test-containers.sh builds one from Debian's
    /// rabbitmq-server where no registry is reachable; elsewhere the official image serves.
    /// </summary>
    public static string Image => Environment.GetEnvironmentVariable("FEDERATION_RABBITMQ_IMAGE") is { Length: > 0 } image
        ? image
        : "rabbitmq:3.13-management";

    private const int AmqpPort = 5672, AmqpsPort = 5671, ManagementPort = 15672;

    // The broker's TLS files as it reads them inside its container.
    private static readonly BrokerTls TlsInContainer = new("/etc/rabbitmq/tls/ca.pem", "/etc/rabbitmq/tls/certificate.pem", "/etc/rabbitmq/tls/key.pem");
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly RabbitMqContainer _container;
    private readonly DirectoryInfo _files;

    /// <param name="member">The city as this process reaches its broker (127.0.0.1 and the published ports).</param>
    /// <param name="members">Every city as the test's services see them.</param>
    /// <param name="tls">The broker's TLS files on this machine (its certificate names its city id, its alias in the network).</param>
    public BrokerContainer(Member member, MemberList members, BrokerSecrets secrets, BrokerTls tls, INetwork network)
    {
        Member = member;
        Management = new BrokerManagement(new Uri($"http://127.0.0.1:{member.Broker.ManagementPort}/"), member, members, secrets);
        var definitions = BrokerDefinitions.Build(InNetwork(members), member.Id, secrets, TlsInContainer);
        _files = Directory.CreateTempSubdirectory($"federation-broker-{member.Id}-");
        _container = new RabbitMqBuilder(Image)
            .WithNetwork(network)
            .WithNetworkAliases(member.Id)
            .WithPortBinding(member.Broker.AmqpPort, AmqpPort)
            .WithPortBinding(member.Broker.AmqpsPort, AmqpsPort)
            .WithPortBinding(member.Broker.ManagementPort, ManagementPort)
            .WithCreateParameterModifier(PublishOnLoopbackOnly)
            .WithBindMount(ConfigFile("definitions.json", definitions), "/etc/rabbitmq/definitions.json", AccessMode.ReadOnly)
            .WithBindMount(ConfigFile("90-federation.conf", BrokerConfiguration.RabbitMqConf($"{AmqpPort}", $"{AmqpsPort}", TlsInContainer,
                null, ManagementPort, "/etc/rabbitmq/definitions.json", logToConsole: true)), "/etc/rabbitmq/conf.d/90-federation.conf", AccessMode.ReadOnly)
            // Copies, readable by the broker's own user where an image runs it as one (the official image does).
            .WithBindMount(ConfigFile("ca.pem", File.ReadAllText(tls.CaFile)), TlsInContainer.CaFile, AccessMode.ReadOnly)
            .WithBindMount(ConfigFile("certificate.pem", File.ReadAllText(tls.CertificateFile)), TlsInContainer.CertificateFile, AccessMode.ReadOnly)
            .WithBindMount(ConfigFile("key.pem", File.ReadAllText(tls.KeyFile)), TlsInContainer.KeyFile, AccessMode.ReadOnly)
            .WithBindMount(ConfigFile("enabled_plugins", BrokerConfiguration.EnabledPlugins), "/etc/rabbitmq/enabled_plugins", AccessMode.ReadOnly)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("Server startup complete", w => w.WithTimeout(StartTimeout)))
            .Build();
    }

    public Member Member { get; }
    public BrokerManagement Management { get; }

    /// <summary>Starts the broker, or starts it again after a stop, on the data it kept.</summary>
    public async Task StartAsync()
    {
        await _container.StartAsync();
        // The log line comes a moment before the management API takes its admin: callers rely on both.
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (!await Management.AnswersAsync(timeout.Token)) await Task.Delay(200, timeout.Token);
    }

    /// <summary>A clean stop: the broker shuts down, its queues stay in the container for the next start.</summary>
    public Task StopAsync() => _container.StopAsync();

    /// <summary>
    /// Cuts the network between this broker and <paramref name="peer"/>'s as a cable cut does: each drops,
    /// in its own network namespace, every packet arriving from the other. What is sent is lost, nothing is
    /// refused or reset, and a connection attempt hangs. Disposing heals it.
    /// </summary>
    public async Task<IAsyncDisposable> CutFromAsync(BrokerContainer peer)
    {
        var rules = new[] { (Pid: await PidAsync(this), From: peer._container.IpAddress), (Pid: await PidAsync(peer), From: _container.IpAddress) };
        foreach (var (pid, from) in rules) await IptablesAsync(pid, "-I", from);
        return new Heal(async () =>
        {
            foreach (var (pid, from) in rules) await IptablesAsync(pid, "-D", from);
        });
    }

    private static Task<string> PidAsync(BrokerContainer broker) =>
        HostCommand.RunAsync("podman", "inspect", "--format", "{{.State.Pid}}", broker._container.Id);

    private static Task IptablesAsync(string pid, string insertOrDelete, string from) =>
        HostCommand.RunAsync("nsenter", "-t", pid, "-n", "iptables", insertOrDelete, "INPUT", "-s", from, "-j", "DROP");

    private sealed class Heal(Func<Task> heal) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await heal();
    }

    public async ValueTask DisposeAsync()
    {
        Management.Dispose();
        await _container.DisposeAsync(); // removed by force: the data is thrown away, so a clean stop buys nothing
        _files.Delete(recursive: true);
    }

    // The configuration reaches the container by bind mounts, not by copying it in: podman's archive
    // upload fails now and then (a broken pipe on the tar's padding, buildah#6573), and then every test
    // of the collection fails with it.
    private string ConfigFile(string name, string text)
    {
        var path = Path.Combine(_files.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    // The other containers reach a city's broker by its alias and the port inside the container.
    private static MemberList InNetwork(MemberList members) => members with
    {
        Cities = members.Cities.Select(c => c with { Broker = new BrokerAddress(c.Id, AmqpPort, ManagementPort, c.Broker.DistPort, AmqpsPort) }).ToList(),
    };

    // Docker publishes on every interface unless told otherwise; tests only ever use 127.0.0.1.
    private static void PublishOnLoopbackOnly(CreateContainerParameters container)
    {
        foreach (var binding in container.HostConfig?.PortBindings?.Values.SelectMany(b => b) ?? [])
            binding.HostIP = "127.0.0.1";
    }
}
