using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Federation.Members;

namespace Federation.Topology.Tests;

public sealed class BrokerDefinitionsTests : TestsWith<TempFolder>
{
    private readonly MemberList _members = Cities.Four;
    private readonly BrokerSecrets _secrets;
    private readonly BrokerTls _tls = new("/tls/federation ca.pem", "/tls/broker.pem", "/tls/broker-key.pem");

    public BrokerDefinitionsTests() => _secrets = BrokerSecrets.LoadOrCreate(Scratch.File("broker-secrets.json"), _members);

    public static TheoryData<string> FourCities => [.. Cities.Four.Cities.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(FourCities))]
    public void Adding_a_city_is_a_change_to_the_member_list_only_each_broker_federates_from_every_other_city(string city)
    {
        var definitions = Build(city);

        var upstreams = definitions["parameters"]!.AsArray().Where(p => (string?)p!["component"] == "federation-upstream").ToList();
        var others = _members.Cities.Where(c => c.Id != city).ToList();
        Assert.Equal(3, upstreams.Count);
        Assert.Equal(others.Select(c => c.Id).Order(), upstreams.Select(u => (string)u!["name"]!).Order());
        foreach (var upstream in others)
        {
            var value = upstreams.Single(u => (string?)u!["name"] == upstream.Id)!["value"]!;
            var uri = new Uri((string)value["uri"]!);
            var login = uri.UserInfo.Split(':', 2);
            Assert.Equal("amqps", uri.Scheme);
            Assert.Equal(upstream.Broker.Host, uri.Host);
            Assert.Equal(upstream.Broker.AmqpsPort, uri.Port);
            Assert.Equal($"federation-{city}", Uri.UnescapeDataString(login[0]));
            Assert.Equal(_secrets.FederationPassword(upstream.Id, city), Uri.UnescapeDataString(login[1]));
            Assert.Equal(1, (int)value["max-hops"]!);
            // A silent network is noticed by heartbeats, and a reconnection attempt into it gives up soon.
            Assert.StartsWith("heartbeat=5&connection_timeout=5000&", uri.Query.TrimStart('?'));
            // A link restarted cleanly must not delete the queue holding what this city has not received yet.
            Assert.Equal("never", (string?)value["resource-cleanup-mode"]);
        }
    }

    [Theory]
    [MemberData(nameof(FourCities))]
    public void Each_link_presents_the_citys_certificate_and_verifies_the_upstreams_against_the_ca_and_its_name(string city)
    {
        foreach (var upstream in _members.Cities.Where(c => c.Id != city))
        {
            var uri = new Uri((string)Build(city)["parameters"]!.AsArray().Single(p => (string?)p!["name"] == upstream.Id)!["value"]!["uri"]!);
            var query = uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
                .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

            Assert.Equal(_tls.CaFile, query["cacertfile"]);
            Assert.Equal(_tls.CertificateFile, query["certfile"]);
            Assert.Equal(_tls.KeyFile, query["keyfile"]);
            Assert.Equal("verify_peer", query["verify"]);
            Assert.Equal(upstream.Broker.Host, query["server_name_indication"]); // a host name: the name its certificate must carry
        }
    }

    [Fact]
    public void A_link_to_a_broker_known_by_its_ip_address_checks_the_city_id_in_its_certificate()
    {
        var seoul = Cities.City("seoul", 2);
        var members = Cities.Three with { Cities = [Cities.City("taipei", 1), seoul with { Broker = seoul.Broker with { Host = "127.0.0.1" } }] };

        var definitions = JsonNode.Parse(BrokerDefinitions.Build(members, "taipei", _secrets, _tls))!;

        var uri = (string)definitions["parameters"]!.AsArray().Single()!["value"]!["uri"]!;
        Assert.StartsWith("amqps://", uri);
        Assert.EndsWith("&server_name_indication=seoul", uri); // SNI cannot carry an address
    }

    [Theory]
    [MemberData(nameof(FourCities))]
    public void The_policy_federates_contract_exchanges_but_not_a_services_endpoint_exchanges(string city)
    {
        var policy = Assert.Single(Build(city)["policies"]!.AsArray())!;
        var pattern = new Regex((string)policy["pattern"]!);

        Assert.Matches(pattern, "Federation.Contracts.Catalog:SolutionPublished");
        Assert.DoesNotMatch(pattern, "catalog-solution");
        Assert.Equal("exchanges", (string?)policy["apply-to"]);
        Assert.Equal("all", (string?)policy["definition"]!["federation-upstream-set"]);
    }

    [Theory]
    [MemberData(nameof(FourCities))]
    public void A_broker_has_its_services_user_its_admin_and_one_federation_user_per_other_city_and_no_guest(string city)
    {
        var users = Users(Build(city));

        var expected = new[] { city, $"admin-{city}" }
            .Concat(_members.Cities.Where(c => c.Id != city).Select(c => $"federation-{c.Id}"));
        Assert.Equal(expected.Order(), users.Keys.Order());
        Assert.DoesNotContain("guest", users.Keys);
        Assert.Equal(["administrator"], Tags(users[$"admin-{city}"]));
        Assert.All(users.Where(u => u.Key != $"admin-{city}"), u => Assert.Empty(Tags(u.Value)));
    }

    [Theory]
    [MemberData(nameof(FourCities))]
    public void Every_user_password_hash_verifies_against_its_password_with_rabbitmq_sha256(string city)
    {
        var users = Users(Build(city));

        Assert.All(users, user =>
        {
            Assert.Equal("rabbit_password_hashing_sha256", (string?)user.Value["hashing_algorithm"]);
            Assert.True(RabbitMqPasswordHash.Verifies((string)user.Value["password_hash"]!, PasswordOf(user.Key, city)), user.Key);
        });
    }

    [Fact]
    public void A_password_hash_does_not_verify_against_another_password()
    {
        var users = Users(Build("seoul"));

        var hash = (string)users["seoul"]["password_hash"]!;

        Assert.True(RabbitMqPasswordHash.Verifies(hash, _secrets.ServicesPassword("seoul")));
        Assert.False(RabbitMqPasswordHash.Verifies(hash, _secrets.AdminPassword("seoul")));
        Assert.False(RabbitMqPasswordHash.Verifies(hash, _secrets.ServicesPassword("seoul") + "x"));
    }

    [Fact]
    public void The_hash_check_agrees_with_the_example_in_the_rabbitmq_documentation()
    {
        // rabbitmq.com/docs/passwords: salt 908DC60A, password "test12".
        Assert.True(RabbitMqPasswordHash.Verifies("kI3GCqW5JLMJa4iX1lo7X4D6XbYqlLgxIs30+P6tENUV2POR", "test12"));
        Assert.False(RabbitMqPasswordHash.Verifies("kI3GCqW5JLMJa4iX1lo7X4D6XbYqlLgxIs30+P6tENUV2POR", "test13"));
    }

    [Theory]
    [MemberData(nameof(FourCities))]
    public void Every_user_has_permissions_on_the_default_vhost(string city)
    {
        var definitions = Build(city);

        var permitted = definitions["permissions"]!.AsArray().Where(p => (string?)p!["vhost"] == "/").Select(p => (string)p!["user"]!);

        Assert.Equal(Users(definitions).Keys.Order(), permitted.Order());
    }

    [Theory]
    [MemberData(nameof(FourCities))]
    public void The_services_user_may_use_anything_but_federation_queues_and_exchanges(string city)
    {
        var permissions = Permissions(Build(city), city);

        Assert.All(new[] { "configure", "write", "read" }, kind =>
        {
            var pattern = new Regex(permissions[kind]);
            Assert.Matches(pattern, "Federation.Contracts.Catalog:SolutionPublished");
            Assert.Matches(pattern, "catalog-solution");
            Assert.Matches(pattern, "catalog-solution_error");
            Assert.DoesNotMatch(pattern, "federation: Federation.Contracts.Catalog:SolutionPublished -> seoul");
        });
    }

    [Fact]
    public void A_federation_user_may_declare_only_its_own_links_queues_and_read_but_never_write_contract_exchanges()
    {
        var permissions = Permissions(Build("taipei"), "federation-seoul");
        var (configure, write, read) = (new Regex(permissions["configure"]), new Regex(permissions["write"]), new Regex(permissions["read"]));
        const string exchange = "Federation.Contracts.Catalog:SolutionPublished";

        foreach (var own in new[] { $"federation: {exchange} -> seoul", $"federation: {exchange} -> seoul A", $"federation: {exchange} -> seoul B" })
        {
            Assert.Matches(configure, own);
            Assert.Matches(write, own);
            Assert.Matches(read, own);
        }
        Assert.Matches(read, exchange);
        Assert.DoesNotMatch(write, exchange);
        Assert.DoesNotMatch(configure, exchange);
        Assert.DoesNotMatch(write, "amq.default");
        Assert.DoesNotMatch(write, "catalog-solution");
        Assert.DoesNotMatch(read, "catalog-solution");
        // Another city's link queue on the same broker is not seoul's to touch.
        Assert.DoesNotMatch(write, $"federation: {exchange} -> new-taipei");
        Assert.DoesNotMatch(read, $"federation: {exchange} -> new-taipei");
        Assert.DoesNotMatch(write, $"federation: {exchange} -> seoulx");
    }

    [Theory]
    [MemberData(nameof(FourCities))]
    public void The_admin_keeps_every_right_and_the_broker_is_named_after_its_city(string city)
    {
        var definitions = Build(city);

        var admin = Permissions(definitions, $"admin-{city}");
        Assert.Equal((".*", ".*", ".*"), (admin["configure"], admin["write"], admin["read"]));
        var clusterName = Assert.Single(definitions["global_parameters"]!.AsArray(), p => (string?)p!["name"] == "cluster_name")!;
        Assert.Equal(city, (string?)clusterName["value"]);
    }

    private static Dictionary<string, string> Permissions(JsonNode definitions, string user)
    {
        var entry = definitions["permissions"]!.AsArray().Single(p => (string?)p!["user"] == user)!;
        return new[] { "configure", "write", "read" }.ToDictionary(kind => kind, kind => (string)entry[kind]!);
    }

    private JsonNode Build(string city) => JsonNode.Parse(BrokerDefinitions.Build(_members, city, _secrets, _tls))!;

    private static Dictionary<string, JsonNode> Users(JsonNode definitions) =>
        definitions["users"]!.AsArray().ToDictionary(u => (string)u!["name"]!, u => u!);

    private static IEnumerable<string> Tags(JsonNode user) => user["tags"]!.AsArray().Select(t => (string)t!);

    private string PasswordOf(string user, string city) =>
        user == city ? _secrets.ServicesPassword(city)
        : user == $"admin-{city}" ? _secrets.AdminPassword(city)
        : _secrets.FederationPassword(city, user["federation-".Length..]);
}
