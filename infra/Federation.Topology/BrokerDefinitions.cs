using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Federation.Topology;

/// <summary>
/// The definitions a city's broker loads at boot (<c>load_definitions</c>): its users, one
/// federation upstream per other member, and the policy federating the contract exchanges.
/// </summary>
public static class BrokerDefinitions
{
    public const string ContractExchangePrefix = "Federation.Contracts.";
    public const string PolicyName = "federate-contracts";

    public static string Build(MemberList members, string cityId, BrokerSecrets secrets)
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

        // Full permissions on "/" for now; least privilege per user is a later issue.
        var permissions = new JsonArray(
            BrokerSecrets.UsersOf(cityId, members).Select(user => (JsonNode)new JsonObject
            {
                ["user"] = user, ["vhost"] = "/", ["configure"] = ".*", ["write"] = ".*", ["read"] = ".*",
            }).ToArray());

        // C's link to D logs into D's broker as federation-C.
        var upstreams = new JsonArray(others.Select(d => (JsonNode)new JsonObject
        {
            ["vhost"] = "/",
            ["component"] = "federation-upstream",
            ["name"] = d.Id,
            ["value"] = new JsonObject
            {
                ["uri"] = $"amqp://{BrokerSecrets.FederationUser(cityId)}:{Uri.EscapeDataString(secrets.FederationPassword(d.Id, cityId))}" +
                          $"@{d.Broker.Host}:{d.Broker.AmqpPort}",
                // A full mesh: a message hops once, never back through a third city.
                ["max-hops"] = 1,
                ["reconnect-delay"] = 1,
                ["ack-mode"] = "on-confirm",
            },
        }).ToArray());

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
            ["parameters"] = others.Count == 0 ? new JsonArray() : upstreams,
            ["policies"] = policies,
            ["queues"] = new JsonArray(),
            ["exchanges"] = new JsonArray(),
            ["bindings"] = new JsonArray(),
        };
        return definitions.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

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
