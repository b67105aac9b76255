using Federation.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Benchmarks;

/// <summary>
/// The MassTransit anchor's message: a stamp and padding to the load's body size (MassTransit's envelope comes on top,
/// as on the project's messages). It is no contract, so it lives here; <see cref="EntityNameAttribute"/> gives its
/// publish exchange the name MassTransit would derive for a contract, under the prefix the federation policy matches,
/// where the name derived from this namespace ("Federation.Benchmarks:AnchorProbe") would not be federated at all.
/// </summary>
[EntityName(BrokerAnchors.MassTransitExchange)]
public sealed record AnchorProbe(long SentAt, string Padding);

public static partial class BrokerAnchors
{
    internal const string MassTransitExchange = "Federation.Contracts.Anchors:AnchorProbe";
    private const string MassTransitQueue = "anchors-masstransit-hop";

    /// <summary>
    /// MassTransit alone over the same path: a bare bus at each city's broker, connected as the services connect, with
    /// the receive endpoint settings of the project's (prefetch, one message at a time) and MassTransit's defaults
    /// otherwise (persistent messages, publisher confirms). The receiving bus binds its queue, through the endpoint's
    /// exchange, to the message's exchange at its own broker, as the project's consumers do; the link does the rest.
    /// </summary>
    public static async Task<Anchor> MassTransitAsync(TestFederation brokers, AnchorLoad? load = null, CancellationToken ct = default)
    {
        load ??= new AnchorLoad();
        var arrivals = new Arrivals();
        var padding = new string('x', load.BodyBytes - sizeof(long));
        try
        {
            await using var receiver = await StartBusAsync(brokers, load.To, cfg => cfg.ReceiveEndpoint(MassTransitQueue, e =>
            {
                e.PrefetchCount = load.Prefetch;
                e.ConcurrentMessageLimit = 1;
                e.Consumer(() => new AnchorProbeConsumer(arrivals));
            }), ct);
            await using var sender = await StartBusAsync(brokers, load.From, _ => { }, ct);
            var bus = sender.GetRequiredService<IBus>();
            return await MeasureAsync("MassTransit alone", load, arrivals, sentAt => bus.Publish(new AnchorProbe(sentAt, padding), ct), ct);
        }
        finally
        {
            // The endpoint's queue and its exchange of the same name; the buses' own temporary endpoints went with them.
            await RemoveAsync(brokers, load, MassTransitExchange, MassTransitQueue, [MassTransitQueue], ct);
        }
    }

    private static async Task<ServiceProvider> StartBusAsync(TestFederation brokers, string city,
        Action<IRabbitMqBusFactoryConfigurator> endpoints, CancellationToken ct)
    {
        var broker = brokers.Members.Get(city).Broker;
        var services = new ServiceCollection().AddLogging().AddMassTransit(x =>
        {
            // As in the services: nothing but the city's broker is called.
            x.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            x.UsingRabbitMq((_, cfg) =>
            {
                cfg.Host(broker.Host, (ushort)broker.AmqpPort, "/", h =>
                {
                    h.Username(city);
                    h.Password(brokers.ServicesPassword(city));
                });
                endpoints(cfg);
            });
        }).BuildServiceProvider();
        await services.GetRequiredService<IBusControl>().StartAsync(ct);
        return services;
    }

    internal sealed class AnchorProbeConsumer(Arrivals arrivals) : IConsumer<AnchorProbe>
    {
        public Task Consume(ConsumeContext<AnchorProbe> context)
        {
            arrivals.Add(context.Message.SentAt);
            return Task.CompletedTask;
        }
    }
}
