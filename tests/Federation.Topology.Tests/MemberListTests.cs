using Federation.Members;
namespace Federation.Topology.Tests;

public sealed class MemberListTests : TestsWith<TempFolder>
{
    [Fact]
    public void Repository_member_list_has_taipei_seoul_and_new_taipei_with_taipei_as_secretariat()
    {
        var members = MemberList.Load(Repository.MembersFile);

        Assert.Equal(["taipei", "seoul", "new-taipei"], members.Cities.Select(c => c.Id));
        Assert.Equal("taipei", members.Secretariat);
    }

    [Fact]
    public void Every_city_of_the_repository_member_list_is_named_in_english_chinese_and_korean()
    {
        var members = MemberList.Load(Repository.MembersFile);

        Assert.All(members.Cities, city => Assert.All(new[] { "en", "zh-TW", "ko" }, language =>
            Assert.False(string.IsNullOrWhiteSpace(city.Names.GetValueOrDefault(language)), $"{city.Id} has no {language} name")));
        Assert.Equal("臺北市", members.Get("taipei").Names["zh-TW"]);
        Assert.Equal("서울", members.Get("seoul").Names["ko"]);
    }

    [Fact]
    public void No_two_brokers_or_services_of_the_repository_member_list_share_a_port()
    {
        var members = MemberList.Load(Repository.MembersFile);

        var ports = members.Cities
            .SelectMany(c => new[] { c.Broker.AmqpPort, c.Broker.AmqpsPort, c.Broker.ManagementPort, c.Broker.DistPort }.Concat(c.Services.Values))
            .ToList();

        Assert.Equal(members.Cities.Count * (4 + MemberList.ServiceNames.Count), ports.Count);
        Assert.Equal(ports.Count, ports.Distinct().Count());
    }

    [Fact]
    public void A_city_listed_twice_is_rejected_naming_its_id()
    {
        var list = Cities.Three with { Cities = [.. Cities.Three.Cities, Cities.City("seoul", 9)] };

        var message = LoadFailure(list);

        Assert.Contains("'seoul' is listed more than once", message);
    }

    [Theory]
    [InlineData("Montreal")]
    [InlineData("new taipei")]
    public void A_city_id_with_capitals_or_spaces_is_rejected_naming_it(string id)
    {
        var list = Cities.Three with { Cities = [.. Cities.Three.Cities, Cities.City(id, 9)] };

        var message = LoadFailure(list);

        Assert.Contains($"city id '{id}' must match", message);
    }

    [Fact]
    public void A_secretariat_that_is_not_a_member_is_rejected_naming_it()
    {
        var message = LoadFailure(Cities.Three with { Secretariat = "tokyo" });

        Assert.Contains("secretariat 'tokyo' is not a listed city", message);
    }

    [Fact]
    public void A_city_without_a_port_for_a_service_is_rejected_naming_city_and_service()
    {
        var seoul = Cities.City("seoul", 2);
        seoul = seoul with { Services = seoul.Services.Where(s => s.Key != "catalog").ToDictionary() };

        var message = LoadFailure(new MemberList("taipei", [Cities.City("taipei", 1), seoul]));

        Assert.Contains("city 'seoul' has no port for service 'catalog'", message);
    }

    [Fact]
    public void A_broker_without_an_amqp_port_is_rejected_naming_the_city()
    {
        var path = Scratch.File("members.yaml");
        File.WriteAllText(path, """
            secretariat: taipei
            cities:
              - id: taipei
                names: { en: Taipei }
                broker: { host: 127.0.0.1, managementPort: 15701, distPort: 25701 }
                services: { portal: 5100, catalog: 5101, trials: 5102, awards: 5103 }
            """);

        var error = Assert.Throws<InvalidDataException>(() => MemberList.Load(path));

        Assert.Contains("city 'taipei' needs broker amqpPort", error.Message);
    }

    [Fact]
    public void A_broker_listed_without_an_amqps_port_takes_its_amqp_port_plus_1000()
    {
        var path = Scratch.File("members.yaml");
        File.WriteAllText(path, """
            secretariat: taipei
            cities:
              - id: taipei
                names: { en: Taipei, zh-TW: 臺北市, ko: 타이베이 }
                languages: [zh-TW]
                broker: { host: 127.0.0.1, amqpPort: 5701, managementPort: 15701, distPort: 25701 }
                services: { portal: 5100, catalog: 5101, trials: 5102, awards: 5103, identity: 5104 }
              - id: seoul
                names: { en: Seoul, zh-TW: 首爾, ko: 서울 }
                languages: [ko]
                broker: { host: 127.0.0.1, amqpPort: 5702, amqpsPort: 5671, managementPort: 15702, distPort: 25702 }
                services: { portal: 5200, catalog: 5201, trials: 5202, awards: 5203, identity: 5204 }
            """);

        var members = MemberList.Load(path);

        Assert.Equal(6701, members.Get("taipei").Broker.AmqpsPort);
        Assert.Equal(5671, members.Get("seoul").Broker.AmqpsPort);
    }

    [Fact]
    public void An_amqps_port_that_is_another_brokers_amqp_port_is_rejected_naming_both()
    {
        var seoul = Cities.City("seoul", 2);
        seoul = seoul with { Broker = seoul.Broker with { AmqpsPort = 5701 } };

        var message = LoadFailure(new MemberList("taipei", [Cities.City("taipei", 1), seoul]));

        Assert.Contains("port 5701 is used more than once (taipei broker, seoul broker)", message);
    }

    [Fact]
    public void A_port_used_twice_is_rejected_naming_both_users()
    {
        var seoul = Cities.City("seoul", 2);
        seoul = seoul with { Broker = seoul.Broker with { AmqpPort = 5101 } };

        var message = LoadFailure(new MemberList("taipei", [Cities.City("taipei", 1), seoul]));

        Assert.Contains("port 5101 is used more than once", message);
        Assert.Contains("seoul broker", message);
        Assert.Contains("taipei catalog", message);
    }

    [Fact]
    public void A_city_without_a_korean_name_is_rejected_naming_the_language()
    {
        var seoul = Cities.City("seoul", 2);
        seoul = seoul with { Names = seoul.Names.Where(n => n.Key != "ko").ToDictionary() };

        var message = LoadFailure(new MemberList("taipei", [Cities.City("taipei", 1), seoul]));

        Assert.Contains("city 'seoul' has no display name in 'ko'", message);
    }

    [Fact]
    public void An_empty_city_list_is_rejected_as_a_bad_member_list()
    {
        var path = Scratch.File("members.yaml");
        File.WriteAllText(path, "secretariat: taipei\ncities:\n");

        var error = Assert.Throws<InvalidDataException>(() => MemberList.Load(path));

        Assert.Contains("no cities listed", error.Message);
    }

    [Fact]
    public void A_port_that_is_not_a_number_is_rejected_naming_the_file_and_the_cause()
    {
        var path = Scratch.File("members.yaml");
        File.WriteAllText(path, "secretariat: taipei\ncities:\n  - id: taipei\n    broker: { amqpPort: x }\n");

        var error = Assert.Throws<InvalidDataException>(() => MemberList.Load(path));

        Assert.StartsWith(path, error.Message);
        Assert.DoesNotContain("Exception during deserialization", error.Message);
    }

    [Fact]
    public void A_saved_member_list_loads_back_unchanged_including_chinese_and_korean_names()
    {
        var original = MemberList.Load(Repository.MembersFile);
        var path = Scratch.File("members.yaml");

        original.Save(path);
        var loaded = MemberList.Load(path);

        Assert.Equal(original.Secretariat, loaded.Secretariat);
        Assert.Equal(original.Cities.Count, loaded.Cities.Count);
        foreach (var (expected, actual) in original.Cities.Zip(loaded.Cities))
        {
            Assert.Equal(expected.Id, actual.Id);
            Assert.Equal(expected.Names.OrderBy(n => n.Key), actual.Names.OrderBy(n => n.Key));
            Assert.Equal(expected.Languages, actual.Languages);
            Assert.Equal(expected.Broker, actual.Broker);
            Assert.Equal(expected.Services.OrderBy(s => s.Key), actual.Services.OrderBy(s => s.Key));
        }
        Assert.Equal("신베이", loaded.Get("new-taipei").Names["ko"]);
    }

    [Fact]
    public void Public_keys_survive_saving_and_loading_and_a_city_without_one_stays_without()
    {
        using var key = NodeSigningKey.LoadOrCreate(Scratch.File("taipei.pem"));
        var list = Cities.Three.WithPublicKeys(new Dictionary<string, string> { ["taipei"] = NodeSigningKey.PublicKeyOf(key) });
        var path = Scratch.File("members.yaml");

        list.Save(path);
        var loaded = MemberList.Load(path);

        Assert.Equal(NodeSigningKey.PublicKeyOf(key), loaded.Get("taipei").PublicKey);
        Assert.Null(loaded.Get("seoul").PublicKey);
        Assert.DoesNotContain("seoul", File.ReadAllLines(path).Where(l => l.Contains("publicKey")));
    }

    [Fact]
    public void A_public_key_that_is_not_an_ecdsa_p256_key_is_rejected_naming_the_city()
    {
        var list = Cities.Three.WithPublicKeys(new Dictionary<string, string> { ["seoul"] = "bm90IGEga2V5" });

        var message = LoadFailure(list);

        Assert.Contains("city 'seoul' has a publicKey that is not a base64 ECDSA P-256 public key", message);
    }

    private string LoadFailure(MemberList list)
    {
        var path = Scratch.File("members.yaml");
        list.Save(path);

        var error = Assert.Throws<InvalidDataException>(() => MemberList.Load(path));

        Assert.StartsWith(path, error.Message); // the problem is reported against the file that has it
        return error.Message;
    }
}
