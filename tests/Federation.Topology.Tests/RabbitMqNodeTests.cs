using Federation.Members;
namespace Federation.Topology.Tests;

/// <summary>
/// The run command's broker: a private node of Debian's rabbitmq-server (the tests' brokers are
/// containers, so only this test runs one).
/// </summary>
public sealed class RabbitMqNodeTests : TestsWith<TempFolder>
{
    [Fact]
    public async Task The_launchers_broker_listens_on_loopback_only_for_amqp_and_amqps_and_stops_cleanly()
    {
        var taipei = Cities.City("taipei", 1) with
        {
            Broker = new BrokerAddress("127.0.0.1", FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), FreePorts.Next()),
        };
        var members = new MemberList("taipei", [taipei]);
        var log = new StringWriter();
        var tls = new LocalCertificateAuthority(Scratch.Path).IssueOrLoad(taipei, Scratch.File("taipei"));
        var options = new RabbitMqNodeOptions(taipei, members, BrokerSecrets.LoadOrCreate(Scratch.File("secrets.json"), members), tls,
            Scratch.File("rabbitmq"), log);
        await using var node = await RabbitMqNode.StartAsync(options, CancellationToken.None);

        var amqp = Listeners.On(taipei.Broker.AmqpPort);
        var amqps = Listeners.On(taipei.Broker.AmqpsPort);
        var management = Listeners.On(taipei.Broker.ManagementPort);
        await node.StopAsync(CancellationToken.None);

        Assert.Equal([Listeners.Loopback], amqp);
        Assert.Equal([Listeners.Loopback], amqps);
        Assert.Equal([Listeners.Loopback], management);
        Assert.False(node.IsRunning);
        Assert.Contains("stopped", log.ToString());
        Assert.DoesNotContain("killed", log.ToString()); // a node that ignores rabbitmqctl stop is killed after 30 s
    }
}
