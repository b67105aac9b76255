namespace Federation.Topology.Tests;

public sealed class BrokerConfigurationTests
{
    private static readonly BrokerTls Tls = new("/tls/ca.pem", "/tls/broker.pem", "/tls/broker-key.pem");

    private static IReadOnlyDictionary<string, string> Settings() =>
        BrokerConfiguration.RabbitMqConf("127.0.0.1:5701", "127.0.0.1:6701", Tls, "127.0.0.1", 15701, "/data/definitions.json", logToConsole: false)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(" = ", 2))
            .ToDictionary(kv => kv[0], kv => kv[1]);

    [Fact]
    public void The_broker_listens_for_amqp_and_for_amqps_each_on_its_own_port()
    {
        var settings = Settings();

        Assert.Equal("127.0.0.1:5701", settings["listeners.tcp.default"]);
        Assert.Equal("127.0.0.1:6701", settings["listeners.ssl.default"]);
    }

    [Fact]
    public void The_amqps_listener_presents_the_citys_certificate_and_requires_one_the_ca_issued()
    {
        var settings = Settings();

        Assert.Equal(Tls.CaFile, settings["ssl_options.cacertfile"]);
        Assert.Equal(Tls.CertificateFile, settings["ssl_options.certfile"]);
        Assert.Equal(Tls.KeyFile, settings["ssl_options.keyfile"]);
        Assert.Equal("verify_peer", settings["ssl_options.verify"]);
        Assert.Equal("true", settings["ssl_options.fail_if_no_peer_cert"]);
    }
}
