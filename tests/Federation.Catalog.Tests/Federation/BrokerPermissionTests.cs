using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Federation.Catalog.Tests.Federation;

/// <summary>Who may publish into a contract exchange on taipei's broker: the definitions' least privilege, on the real node.</summary>
[Collection(nameof(CatalogFederation))]
public sealed class BrokerPermissionTests(CatalogFederation federation) : IAsyncLifetime
{
    // A contract exchange of its own: the catalog's consumers never see what the tests publish.
    private readonly string _exchange = $"Federation.Contracts.Probe:Permission{Guid.NewGuid():N}";
    private IConnection _services = null!;

    public async Task InitializeAsync()
    {
        _services = await ConnectToTaipeiAsync("taipei", federation.Brokers.ServicesPassword("taipei"));
        await using var channel = await _services.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(_exchange, ExchangeType.Fanout, durable: false);
    }

    public async Task DisposeAsync()
    {
        await using (var channel = await _services.CreateChannelAsync())
            await channel.ExchangeDeleteAsync(_exchange);
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Another_citys_federation_user_is_refused_publishing_into_a_contract_exchange()
    {
        await using var connection = await ConnectToTaipeiAsync("federation-seoul", federation.Brokers.FederationPassword("taipei", "seoul"));
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));

        var refused = await Assert.ThrowsAnyAsync<RabbitMQClientException>(() => PublishAsync(channel));

        Assert.Equal(403, (int?)channel.CloseReason?.ReplyCode);
        Assert.Contains("ACCESS_REFUSED", refused.Message);
    }

    [Fact]
    public async Task Taipeis_services_user_may_publish_into_a_contract_exchange()
    {
        await using var channel = await _services.CreateChannelAsync(new CreateChannelOptions(true, true));

        await PublishAsync(channel); // returns once the broker confirms it; a refusal throws

        Assert.True(channel.IsOpen);
    }

    // guest: RabbitMQ's own default; rabbitmq: the account Testcontainers asks the image for.
    [Theory]
    [InlineData("guest", "guest")]
    [InlineData("rabbitmq", "rabbitmq")]
    public async Task A_default_account_cannot_connect(string user, string password)
    {
        var broker = federation.Brokers.Members.Get("taipei").Broker;
        var factory = new ConnectionFactory { HostName = broker.Host, Port = broker.AmqpPort, UserName = user, Password = password };

        var refused = await Assert.ThrowsAnyAsync<BrokerUnreachableException>(() => factory.CreateConnectionAsync());

        Assert.IsType<AuthenticationFailureException>(refused.InnerException);
    }

    [Fact]
    public void The_brokers_amqp_and_amqps_ports_are_published_on_loopback_only()
    {
        var broker = federation.Brokers.Members.Get("taipei").Broker;

        var amqp = Listeners.On(broker.AmqpPort);
        var amqps = Listeners.On(broker.AmqpsPort);

        Assert.Equal([Listeners.Loopback], amqp); // no 0.0.0.0 nor ::
        Assert.Equal([Listeners.Loopback], amqps);
    }

    private async Task PublishAsync(IChannel channel) =>
        await channel.BasicPublishAsync(_exchange, "", false, new BasicProperties(), Encoding.UTF8.GetBytes("probe"));

    private Task<IConnection> ConnectToTaipeiAsync(string user, string password)
    {
        var broker = federation.Brokers.Members.Get("taipei").Broker;
        return new ConnectionFactory { HostName = broker.Host, Port = broker.AmqpPort, UserName = user, Password = password }
            .CreateConnectionAsync();
    }
}
