using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Outbox;
using MassTransit;
using RabbitMQ.Client;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// Receives the [Targeted] messages a consumer takes, addressed to this city only: its endpoint binds each
/// message's direct exchange with this city's id as routing key, which is also what federation forwards.
/// A consumer of several targeted messages gets them on one queue, so a sender's order mostly survives.
/// </summary>
public sealed class TargetedConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly string _city;

    public TargetedConsumerDefinition(ThisCity city)
    {
        _city = city.Id;
        if (MessageTypes().Count == 0)
            throw new InvalidOperationException($"{typeof(TConsumer).Name} consumes no [Targeted] message.");
        var broadcast = ConsumedTypes().Where(t => !Outbox.MessageTypes.IsTargeted(t)).ToList();
        if (broadcast.Count > 0)
            throw new InvalidOperationException(
                $"{typeof(TConsumer).Name} also consumes broadcast {string.Join(", ", broadcast.Select(t => t.Name))}: give those their own consumer.");
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.ConfigureConsumeTopology = false;
        if (endpointConfigurator is not IRabbitMqReceiveEndpointConfigurator rabbit) return;
        foreach (var type in MessageTypes())
            BindOne.MakeGenericMethod(type).Invoke(null, [rabbit, _city]);
    }

    private static readonly System.Reflection.MethodInfo BindOne =
        typeof(TargetedConsumerDefinition<TConsumer>).GetMethod(nameof(Bind), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    // Bind<T> names the exchange as MassTransit does when it publishes T.
    private static void Bind<TMessage>(IRabbitMqReceiveEndpointConfigurator rabbit, string city) where TMessage : class =>
        rabbit.Bind<TMessage>(b =>
        {
            b.ExchangeType = ExchangeType.Direct;
            b.RoutingKey = city;
        });

    private static List<Type> ConsumedTypes() =>
        [.. typeof(TConsumer).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0])];

    private static List<Type> MessageTypes() => [.. ConsumedTypes().Where(Outbox.MessageTypes.IsTargeted)];
}
