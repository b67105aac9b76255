using Federation.ServiceDefaults.Hosting;
using MassTransit;
using RabbitMQ.Client;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// Receives a [Targeted] message addressed to this city only: the endpoint binds the message's
/// direct exchange with this city's id as routing key, which is also what federation forwards.
/// </summary>
public sealed class TargetedConsumerDefinition<TConsumer, TMessage> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer<TMessage> where TMessage : class
{
    private readonly string _city;

    public TargetedConsumerDefinition(ThisCity city) => _city = city.Id;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.ConfigureConsumeTopology = false;
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
            rabbit.Bind<TMessage>(b =>
            {
                b.ExchangeType = ExchangeType.Direct;
                b.RoutingKey = _city;
            });
    }
}
