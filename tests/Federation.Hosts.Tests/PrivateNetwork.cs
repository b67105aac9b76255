using Federation.Topology;
namespace Federation.Hosts.Tests;

/// <summary>
/// Hosts of the test's own: a network namespace per city, joined by veth pairs to a bridge, each with an address
/// of 10.77.0.0/24 and a name under <c>federation.test</c>. All of it lives inside the private network and mount
/// namespace the test runs in (infra/test.sh starts it under <c>unshare -n -m</c>), so nothing here can reach, or be
/// seen from, any network but the ones made here, and it all goes when the test process ends.
/// </summary>
public sealed class PrivateNetwork : IAsyncDisposable
{
    private const string Bridge = "fed0";
    private const string Subnet = "10.77.0";
    private readonly List<string> _namespaces = [];
    private readonly string _hostsFile;

    private PrivateNetwork(string hostsFile) => _hostsFile = hostsFile;

    /// <summary>The address of the test runner itself on the bridge.</summary>
    public static string RunnerAddress => $"{Subnet}.1";

    public static string HostName(string city) => $"{city}.federation.test";

    public IReadOnlyDictionary<string, CityHost> Hosts => _hosts;
    private readonly Dictionary<string, CityHost> _hosts = [];

    public static async Task<PrivateNetwork> CreateAsync(IReadOnlyList<string> cities, string folder)
    {
        await RefuseTheMachinesOwnNetworkAsync();
        await Ip("link", "set", "lo", "up");
        // A tmpfs of this mount namespace: `ip netns add` keeps its namespaces there, out of the machine's /run/netns.
        Directory.CreateDirectory("/run/netns");
        await HostCommand.RunAsync("mount", "-t", "tmpfs", "federation-netns", "/run/netns");
        await Ip("link", "add", Bridge, "type", "bridge");
        await Ip("addr", "add", $"{RunnerAddress}/24", "dev", Bridge);
        await Ip("link", "set", Bridge, "up");

        var hosts = new List<string> { "127.0.0.1 localhost" };
        var network = new PrivateNetwork(Path.Combine(folder, "hosts"));
        for (var i = 0; i < cities.Count; i++)
        {
            var city = cities[i];
            var host = new CityHost(city, $"fed-{city}", $"{Subnet}.{11 + i}", HostName(city));
            await network.AddAsync(host);
            hosts.Add($"{host.Address} {host.Name}");
        }
        // Host names, for the brokers' certificates and links: one hosts file of this mount namespace, which
        // `ip netns exec` passes on to every process it starts.
        Directory.CreateDirectory(folder);
        await File.WriteAllLinesAsync(network._hostsFile, hosts);
        await HostCommand.RunAsync("mount", "--bind", network._hostsFile, "/etc/hosts");
        return network;
    }

    private async Task AddAsync(CityHost host)
    {
        var ns = host.Namespace;
        await Ip("netns", "add", ns);
        _namespaces.Add(ns);
        // Interface names are at most 15 characters: the host's side is named by its address.
        var outside = $"veth{host.Address.Split('.')[^1]}";
        await Ip("link", "add", outside, "type", "veth", "peer", "name", "eth0", "netns", ns);
        await Ip("link", "set", outside, "master", Bridge);
        await Ip("link", "set", outside, "up");
        await Ip("-n", ns, "link", "set", "lo", "up");
        await Ip("-n", ns, "addr", "add", $"{host.Address}/24", "dev", "eth0");
        await Ip("-n", ns, "link", "set", "eth0", "up");
        _hosts[host.City] = host;
    }

    /// <summary>Drops every packet between two hosts, both ways, at <paramref name="at"/>'s firewall: the link between them is cut.</summary>
    public Task CutAsync(string at, string from) => FirewallAsync("-I", at, from);

    public Task HealAsync(string at, string from) => FirewallAsync("-D", at, from);

    private async Task FirewallAsync(string action, string at, string from)
    {
        var host = _hosts[at];
        var peer = _hosts[from].Address;
        await HostCommand.RunAsync("ip", "netns", "exec", host.Namespace, "iptables", action, "INPUT", "-s", peer, "-j", "DROP");
        await HostCommand.RunAsync("ip", "netns", "exec", host.Namespace, "iptables", action, "OUTPUT", "-d", peer, "-j", "DROP");
    }

    public async ValueTask DisposeAsync()
    {
        // The namespaces die with the test process anyway; deleting them early frees their sockets at once.
        foreach (var ns in _namespaces)
            try { await Ip("netns", "del", ns); } catch (InvalidOperationException) { }
    }

    private static Task<string> Ip(params string[] arguments) => HostCommand.RunAsync("ip", arguments);

    // Namespaces, a bridge and a bind mount over /etc/hosts made in the machine's own network and mount namespaces
    // would change the machine: the test refuses to run there. infra/test.sh names the machine's namespaces before
    // it enters private ones (another process's namespaces, PID 1's say, are not always readable).
    private static async Task RefuseTheMachinesOwnNetworkAsync()
    {
        var machine = Environment.GetEnvironmentVariable("FEDERATION_MACHINE_NAMESPACES");
        // readlink in a child process reads the child's namespaces, which are this process's.
        var mine = (await HostCommand.RunAsync("readlink", "/proc/self/ns/net", "/proc/self/ns/mnt")).Split('\n');
        if (string.IsNullOrEmpty(machine) || machine.Split(' ').Intersect(mine).Any())
            throw new InvalidOperationException(
                "These tests make network namespaces, a bridge and firewall rules: they run only in a private network and mount " +
                "namespace. Run them with infra/test.sh, which starts them under `unshare -n -m`.");
    }
}

/// <summary>One city's host: its network namespace, its address on the bridge and its name.</summary>
public sealed record CityHost(string City, string Namespace, string Address, string Name);
