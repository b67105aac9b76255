using System.Text.Json.Nodes;
using Federation.Launcher;
using Federation.Members;

namespace Federation.Topology.Tests;

/// <summary><c>broker-config</c>: one city's broker files for a host of its own, from the member list, its TLS files and the secrets.</summary>
public sealed class BrokerConfigCommandTests : TestsWith<TempFolder>
{
    private static readonly MemberList Members = MemberList.Load(Repository.MembersFile);

    private Dictionary<string, string> Options(string city, string certificateOf)
    {
        new LocalCertificateAuthority(Scratch.File("pki")).IssueOrLoad(Members.Get(certificateOf), Scratch.File(Path.Combine("pki", certificateOf)));
        return new()
        {
            ["city"] = city,
            ["out"] = Scratch.File("out"),
            ["members"] = Repository.MembersFile,
            ["secrets"] = Scratch.File("broker-secrets.json"),
            ["ca"] = Scratch.File(Path.Combine("pki", "federation-ca.pem")),
            ["certificate"] = Scratch.File(Path.Combine("pki", certificateOf, "broker-certificate.pem")),
            ["key"] = Scratch.File(Path.Combine("pki", certificateOf, "broker-key.pem")),
        };
    }

    [Fact]
    public void Writes_the_citys_listeners_its_definitions_installed_path_and_the_plugins()
    {
        BrokerConfigCommand.Run(Scratch.Path, Options("seoul", "seoul"));

        var conf = File.ReadAllLines(Scratch.File(Path.Combine("out", "rabbitmq.conf")));
        var seoul = Members.Get("seoul").Broker;
        Assert.Contains($"listeners.tcp.default = 127.0.0.1:{seoul.AmqpPort}", conf);
        Assert.Contains($"listeners.ssl.default = {seoul.AmqpsPort}", conf);
        Assert.Contains("management.tcp.ip = 127.0.0.1", conf);
        Assert.Contains("load_definitions = /etc/rabbitmq/definitions.json", conf);
        Assert.Contains("ssl_options.verify = verify_peer", conf);
        Assert.Equal(BrokerConfiguration.EnabledPlugins, File.ReadAllText(Scratch.File(Path.Combine("out", "enabled_plugins"))));
    }

    [Fact]
    public void The_definitions_federate_from_every_other_member_over_amqps_and_only_the_owner_reads_them()
    {
        BrokerConfigCommand.Run(Scratch.Path, Options("seoul", "seoul"));

        var file = Scratch.File(Path.Combine("out", "definitions.json"));
        var upstreams = JsonNode.Parse(File.ReadAllText(file))!["parameters"]!.AsArray()
            .Where(p => (string?)p!["component"] == "federation-upstream")
            .ToDictionary(p => (string)p!["name"]!, p => (string)p!["value"]!["uri"]!);
        Assert.Equal(["new-taipei", "taipei"], upstreams.Keys.Order());
        Assert.All(upstreams.Values, uri => Assert.StartsWith("amqps://", uri));
        if (OperatingSystem.IsWindows()) return; // the nodes run on Linux only
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Another_citys_certificate_is_refused_before_anything_is_written()
    {
        var refused = Assert.ThrowsAny<Exception>(() => BrokerConfigCommand.Run(Scratch.Path, Options("seoul", "taipei")));

        Assert.Contains("seoul", refused.Message);
        Assert.False(Directory.Exists(Scratch.File("out")));
    }

    [Theory]
    [InlineData("city", "--city")]
    [InlineData("out", "--out")]
    [InlineData("certificate", "--certificate")]
    public void A_missing_option_is_named(string left, string named)
    {
        var options = Options("seoul", "seoul");
        options.Remove(left);

        Assert.Contains(named, Assert.Throws<ArgumentException>(() => BrokerConfigCommand.Run(Scratch.Path, options)).Message);
    }

    [Fact]
    public void A_city_not_in_the_member_list_is_named()
    {
        var options = Options("seoul", "seoul");
        options["city"] = "atlantis";

        Assert.Contains("atlantis", Assert.Throws<ArgumentException>(() => BrokerConfigCommand.Run(Scratch.Path, options)).Message);
    }
}
