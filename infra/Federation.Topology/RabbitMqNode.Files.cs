using System.Security.Cryptography;
using Federation.Members;

namespace Federation.Topology;

// The node's private folder: environment, config files, and its logs for error messages.
public sealed partial class RabbitMqNode
{
    private string ConsoleLogPath => Path.Combine(DataDirectory, "log", "console.log");

    private Dictionary<string, string> BuildEnvironment()
    {
        var dir = Path.GetFullPath(DataDirectory);
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(dir, "home"),
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_PORT"] = Member.Broker.AmqpPort.ToString(),
            ["RABBITMQ_DIST_PORT"] = Member.Broker.DistPort.ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(dir, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(dir, "log"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(dir, "rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dir, "enabled_plugins"),
            ["RABBITMQ_PLUGINS_EXPAND_DIR"] = Path.Combine(dir, "plugins-expand"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(dir, "rabbitmq.pid"),
            // Empty: keeps the system-wide /etc/rabbitmq/rabbitmq-env.conf out of private nodes.
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(dir, "rabbitmq-env.conf"),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        };
        // A host name is no listener address (see Listener): such a node listens on every interface of its host.
        if (ListenAddress(Member.Broker.Host) is { } ip) environment["RABBITMQ_NODE_IP_ADDRESS"] = ip;
        return environment;
    }

    private void WriteFiles()
    {
        var dir = Path.GetFullPath(DataDirectory);
        foreach (var sub in new[] { "home", "mnesia", "log", "plugins-expand" })
            Directory.CreateDirectory(Path.Combine(dir, sub));
        var definitions = Path.Combine(dir, "definitions.json");
        // The node reads its TLS files where they are: a private node runs on their host.
        var tls = new BrokerTls(Path.GetFullPath(_options.Tls.CaFile), Path.GetFullPath(_options.Tls.CertificateFile), Path.GetFullPath(_options.Tls.KeyFile));
        File.WriteAllText(definitions, BrokerDefinitions.Build(_options.Members, Member.Id, _options.Secrets, tls));
        RestrictTo(definitions, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(Path.Combine(dir, "rabbitmq.conf"), BrokerConfiguration.RabbitMqConf(
            Listener(Member.Broker.Host, Member.Broker.AmqpPort), Listener(Member.Broker.Host, Member.Broker.AmqpsPort), tls,
            ListenAddress(Member.Broker.Host), Member.Broker.ManagementPort, definitions, logToConsole: false));
        File.WriteAllText(Path.Combine(dir, "enabled_plugins"), BrokerConfiguration.EnabledPlugins);
        File.WriteAllText(Path.Combine(dir, "rabbitmq-env.conf"), "");
        var cookie = Path.Combine(dir, "home", ".erlang.cookie");
        if (!File.Exists(cookie))
        {
            File.WriteAllText(cookie, Convert.ToHexString(RandomNumberGenerator.GetBytes(20)));
            RestrictTo(cookie, UnixFileMode.UserRead); // Erlang refuses a cookie others can read
        }
    }

    // A private node listens only on the address its members reach it by (loopback locally), never on
    // every interface; a host name cannot be a listener address, so such a node listens on all of them.
    private static string Listener(string host, int port) => ListenAddress(host) is { } ip ? $"{ip}:{port}" : $"{port}";

    private static string? ListenAddress(string host) =>
        System.Net.IPAddress.TryParse(host, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? ip.ToString() : null;

    // The node runs on Linux only (setsid, /usr/lib/rabbitmq); the guard keeps the analyser satisfied.
    private static void RestrictTo(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, mode);
    }

    private string StaleNodeHint()
    {
        var pidFile = Path.Combine(DataDirectory, "rabbitmq.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid) && Directory.Exists($"/proc/{pid}"))
            return $"A node from a previous run still runs from this data folder (pid {pid} in {pidFile}): stop it with `kill {pid}`.";
        return "Another program holds the port: stop it, or give this city other ports in the member list.";
    }

    private string LogTail()
    {
        var dir = Path.Combine(DataDirectory, "log");
        var files = new[] { ConsoleLogPath, Path.Combine(dir, $"{NodeName}.log") }.Where(File.Exists);
        return string.Join("\n", files.Select(f => $"--- tail of {f} ---\n" + string.Join("\n", File.ReadLines(f).TakeLast(30))));
    }
}
