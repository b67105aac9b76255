using System.Buffers.Binary;
using Federation.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Federation.Benchmarks;

public static partial class BrokerAnchors
{
    // Under the prefix the federation policy matches (see the top of BrokerAnchors.cs), shaped like MassTransit's names.
    private const string RawExchange = "Federation.Contracts.Anchors:RawHop";
    private const string RawQueue = "anchors-raw-hop";

    /// <summary>
    /// The raw federated hop: RabbitMQ.Client (7, the one MassTransit.RabbitMQ brings) publishes persistent messages with
    /// confirms to the sending city's broker; a consumer at the receiving city's broker acknowledges each.
    /// </summary>
    public static async Task<Anchor> RawHopAsync(TestFederation brokers, AnchorLoad? load = null, CancellationToken ct = default)
    {
        load ??= new AnchorLoad();
        var arrivals = new Arrivals();
        try
        {
            // Confirms tracked by the client: each publish completes with its confirm. The client's own limit on
            // outstanding confirms is off (null): the burst bounds them itself, InFlight at a time.
            await using var sender = await ChannelAsync(brokers, load.From, ct,
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true,
                    outstandingPublisherConfirmationsRateLimiter: null));
            await using var receiver = await ChannelAsync(brokers, load.To, ct);
            // The sending city's exchange first: the receiving city's link binds to it there.
            await sender.Channel.ExchangeDeclareAsync(RawExchange, ExchangeType.Fanout, durable: true, cancellationToken: ct);
            await receiver.Channel.ExchangeDeclareAsync(RawExchange, ExchangeType.Fanout, durable: true, cancellationToken: ct);
            await receiver.Channel.QueueDeclareAsync(RawQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
            await receiver.Channel.QueueBindAsync(RawQueue, RawExchange, "", cancellationToken: ct);

            await receiver.Channel.BasicQosAsync(0, load.Prefetch, global: false, ct);
            var consumer = new AsyncEventingBasicConsumer(receiver.Channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                arrivals.Add(BinaryPrimitives.ReadInt64LittleEndian(delivery.Body.Span));
                await receiver.Channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            };
            await receiver.Channel.BasicConsumeAsync(RawQueue, autoAck: false, consumer, ct);

            var properties = new BasicProperties { Persistent = true };
            return await MeasureAsync("Raw federated hop", load, arrivals, sentAt =>
            {
                var body = new byte[load.BodyBytes];
                BinaryPrimitives.WriteInt64LittleEndian(body, sentAt);
                return sender.Channel.BasicPublishAsync(RawExchange, "", mandatory: false, properties, body, ct).AsTask();
            }, ct);
        }
        finally
        {
            await RemoveAsync(brokers, load, RawExchange, RawQueue, [], ct);
        }
    }

    /// <summary>A channel on the city's broker as its services connect: 127.0.0.1, the services user, vhost "/".</summary>
    private static async Task<CityChannel> ChannelAsync(TestFederation brokers, string city, CancellationToken ct, CreateChannelOptions? options = null)
    {
        var broker = brokers.Members.Get(city).Broker;
        var factory = new ConnectionFactory
        {
            HostName = broker.Host, Port = broker.AmqpPort, VirtualHost = "/",
            UserName = city, Password = brokers.ServicesPassword(city), ClientProvidedName = $"anchors at {city}",
        };
        var connection = await factory.CreateConnectionAsync(ct);
        return new CityChannel(connection, await connection.CreateChannelAsync(options, ct));
    }

    private sealed record CityChannel(IConnection Connection, IChannel Channel) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Channel.CloseAsync();
            await Connection.CloseAsync();
            Connection.Dispose();
        }
    }
}
