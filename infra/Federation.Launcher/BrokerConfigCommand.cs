using Federation.Members;
using Federation.Topology;

namespace Federation.Launcher;

/// <summary>
/// <c>broker-config</c>: one city's RabbitMQ configuration for a host of its own (docs/deployment.md), the files the
/// launcher writes for each of its private nodes, written once for the city's system broker: <c>rabbitmq.conf</c>,
/// <c>definitions.json</c> (users, permissions, the federation upstreams to every other member over amqps) and
/// <c>enabled_plugins</c>. AMQP and management listen on 127.0.0.1 only (the city's own services); AMQPS, where
/// the other cities' links arrive, on every interface.
/// </summary>
public static class BrokerConfigCommand
{
    public const string Name = "broker-config";

    public const string Usage =
        "Federation.Launcher broker-config --city ID --out DIR --ca FILE --certificate FILE --key FILE " +
        "[--members infra/members.yaml] [--secrets .data/broker-secrets.json] [--installed-in /etc/rabbitmq]";

    public static bool IsInvoked(string[] args) => args.FirstOrDefault() == Name;

    /// <summary>Writes the files; returns what to tell the operator. Bad options throw with what is wrong.</summary>
    public static IReadOnlyList<string> Run(string root, IReadOnlyDictionary<string, string> options)
    {
        string Required(string name) => options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new ArgumentException($"--{name} is required. Usage: {Usage}");
        string PathOf(string name, string? fallback = null) =>
            Path.GetFullPath(options.TryGetValue(name, out var value) ? value : fallback ?? Required(name), root);

        var members = MemberList.Load(PathOf("members", "infra/members.yaml"));
        var city = Required("city");
        if (!members.Contains(city)) throw new ArgumentException($"--city: '{city}' is not in the member list.");
        var member = members.Get(city);
        var tls = new BrokerTls(PathOf("ca"), PathOf("certificate"), PathOf("key"));
        tls.Validate(member); // a foreign certificate or a wrong name fails here, not as links that never come up
        var secrets = BrokerSecrets.LoadOrCreate(PathOf("secrets", ".data/broker-secrets.json"), members);
        var installedIn = options.GetValueOrDefault("installed-in") ?? "/etc/rabbitmq";
        var output = PathOf("out");
        Directory.CreateDirectory(output);

        var definitions = Path.Combine(output, "definitions.json");
        File.Delete(definitions); // written again as a new, owner-only file: it holds the users' password hashes
        SecretFile.WriteNew(definitions, BrokerDefinitions.Build(members, city, secrets, tls));
        File.WriteAllText(Path.Combine(output, "rabbitmq.conf"), BrokerConfiguration.RabbitMqConf(
            $"127.0.0.1:{member.Broker.AmqpPort}", $"{member.Broker.AmqpsPort}", tls, "127.0.0.1", member.Broker.ManagementPort,
            Path.Combine(installedIn, "definitions.json"), logToConsole: false));
        File.WriteAllText(Path.Combine(output, "enabled_plugins"), BrokerConfiguration.EnabledPlugins);
        return
        [
            $"Wrote {city}'s broker configuration to {output}: rabbitmq.conf, definitions.json (password hashes: keep it private), enabled_plugins.",
            $"Install them in {installedIn} (owned by the rabbitmq user) and restart rabbitmq-server; AMQPS {member.Broker.AmqpsPort} " +
            $"must be open to the other members' broker hosts only (docs/deployment.md).",
        ];
    }
}
