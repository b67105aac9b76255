using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Federation.Members;

namespace Federation.Topology;

/// <summary>
/// The definitions a city's broker loads at boot (<c>load_definitions</c>): its users, one
/// federation upstream per other member, and the policy federating the contract exchanges.
/// </summary>
public static class BrokerDefinitions
{
    public const string ContractExchangePrefix = "Federation.Contracts.";
    public const string PolicyName = "federate-contracts";

    // A link whose network goes silent (a cut, not a refused connection) is noticed by its heartbeat
    // within two beats, and each reconnection attempt gives up after the timeout: with reconnect-delay 1 s
    // the link returns seconds after the network does, not when TCP's own retries give up (25 s and more).
    public const int LinkHeartbeatSeconds = 5;
    public const int LinkConnectionTimeoutMs = 5000;

    /// <param name="tls">The city broker's TLS files, at the paths the broker reads them: its links present its certificate.</param>
    public static string Build(MemberList members, string cityId, BrokerSecrets secrets, BrokerTls tls)
    {
        _ = members.Get(cityId); // an unknown city fails here, with the member list in the message
        var others = members.Cities.Where(d => d.Id != cityId).ToList();

        var users = new JsonArray(
            BrokerSecrets.UsersOf(cityId, members).Select(user => (JsonNode)new JsonObject
            {
                ["name"] = user,
                ["password_hash"] = HashPassword(PasswordOf(user, cityId, members, secrets)),
                ["hashing_algorithm"] = "rabbit_password_hashing_sha256",
                ["tags"] = user == BrokerSecrets.AdminUser(cityId) ? new JsonArray("administrator") : new JsonArray(),
            }).ToArray());

        var permissions = new JsonArray(
            BrokerSecrets.UsersOf(cityId, members).Select(user => (JsonNode)PermissionsOf(user, cityId, members)).ToArray());

        // C's link to D logs into D's broker as federation-C, over TLS: each side verifies the other's certificate.
        var parameters = new JsonArray([.. others.Select(d => (JsonNode)new JsonObject
        {
            ["vhost"] = "/",
            ["component"] = "federation-upstream",
            ["name"] = d.Id,
            ["value"] = new JsonObject
            {
                ["uri"] = $"amqps://{BrokerSecrets.FederationUser(cityId)}:{Uri.EscapeDataString(secrets.FederationPassword(d.Id, cityId))}" +
                          $"@{d.Broker.Host}:{d.Broker.AmqpsPort}?heartbeat={LinkHeartbeatSeconds}&connection_timeout={LinkConnectionTimeoutMs}&{TlsQuery(tls, d)}",
                // A full mesh: a message hops once, never back through a third city.
                ["max-hops"] = 1,
                ["reconnect-delay"] = 1,
                ["ack-mode"] = "on-confirm",
                // Otherwise a link that stops cleanly (as on every boot, while definitions are re-imported)
                // deletes the upstream queue holding this city's buffered messages, and they are lost.
                // Links of cities that left are removed by RemoveStaleFederationLinksAsync instead.
                ["resource-cleanup-mode"] = "never",
            },
        })]);

        var policies = new JsonArray(new JsonObject
        {
            ["vhost"] = "/",
            ["name"] = PolicyName,
            ["pattern"] = "^" + ContractExchangePrefix.Replace(".", "\\."),
            ["apply-to"] = "exchanges",
            ["priority"] = 0,
            ["definition"] = new JsonObject { ["federation-upstream-set"] = "all" },
        });

        var definitions = new JsonObject
        {
            ["rabbit_version"] = "3.10.8",
            ["users"] = users,
            ["vhosts"] = new JsonArray(new JsonObject { ["name"] = "/" }),
            ["permissions"] = permissions,
            ["parameters"] = parameters,
            ["global_parameters"] = new JsonArray(ClusterName(cityId)),
            ["policies"] = policies,
            ["queues"] = new JsonArray(),
            ["exchanges"] = new JsonArray(),
            ["bindings"] = new JsonArray(),
        };
        return definitions.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// The Erlang client's TLS parameters (RabbitMQ's "URI query parameters"): verify_peer checks the chain to
    /// the CA, server_name_indication also makes it check that the certificate names the upstream city's broker.
    /// </summary>
    private static string TlsQuery(BrokerTls tls, Member upstream) => string.Join('&', new[]
    {
        ("cacertfile", tls.CaFile), ("certfile", tls.CertificateFile), ("keyfile", tls.KeyFile),
        ("verify", "verify_peer"), ("server_name_indication", BrokerTls.PeerName(upstream)),
    }.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2).Replace("%2F", "/")}")); // paths stay readable; the client unescapes

    /// <summary>
    /// Least privilege. The services user: anything but the federation plumbing. A federation user (another
    /// city's links): only its own link queues and upstream exchanges, plus reading the contract exchanges
    /// they bind to; it cannot publish into a contract exchange. The admin user: everything.
    /// </summary>
    public static JsonObject PermissionsOf(string user, string cityId, MemberList members)
    {
        var (configure, write, read) = user switch
        {
            _ when user == BrokerSecrets.AdminUser(cityId) => (".*", ".*", ".*"),
            _ when user == cityId => (NotFederation, NotFederation, NotFederation),
            _ => FederationLink(members.Cities.First(d => BrokerSecrets.FederationUser(d.Id) == user).Id),
        };
        return new JsonObject { ["user"] = user, ["vhost"] = "/", ["configure"] = configure, ["write"] = write, ["read"] = read };
    }

    /// <summary>Every name but the queues and exchanges federation links declare ("federation: X -> city").</summary>
    public const string NotFederation = "^(?!federation: ).*";

    // The link of `downstream` names its queue "federation: X -> downstream" and its upstream exchange
    // the same plus " A" or " B" (the cluster name set below makes "downstream" the city id).
    private static (string, string, string) FederationLink(string downstream)
    {
        var own = $"federation: {ContractPattern}[^ ]* -> {Regex.Escape(downstream)}( [A-Z])?";
        return ($"^{own}$", $"^{own}$", $"^({own}|{ContractPattern}.*)$");
    }

    private static string ContractPattern => Regex.Escape(ContractExchangePrefix);

    // Federation names the queues a node's links create on other brokers after its cluster name
    // (by default its Erlang node name with the full host name): the city id keeps them predictable.
    private static JsonObject ClusterName(string cityId) => new() { ["name"] = "cluster_name", ["value"] = cityId };

    /// <summary>RabbitMQ's sha256 scheme: base64(salt + SHA256(salt + UTF-8 password)), 4-byte salt.</summary>
    public static string HashPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(4);
        var hash = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);
        return Convert.ToBase64String([.. salt, .. hash]);
    }

    private static string PasswordOf(string user, string cityId, MemberList members, BrokerSecrets secrets)
    {
        if (user == cityId) return secrets.ServicesPassword(cityId);
        if (user == BrokerSecrets.AdminUser(cityId)) return secrets.AdminPassword(cityId);
        var downstream = members.Cities.First(d => BrokerSecrets.FederationUser(d.Id) == user);
        return secrets.FederationPassword(cityId, downstream.Id);
    }
}
