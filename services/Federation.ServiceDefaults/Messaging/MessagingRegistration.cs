using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Federation.ServiceDefaults.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// MassTransit over this city's own broker, with the outbox relay of <typeparamref name="TDbContext"/>
    /// and every consumer made idempotent and fed only messages signed by their origin city.
    /// <paramref name="service"/> prefixes the queue names; <paramref name="ownBroadcasts"/> are the message types it
    /// sends of its own records, which it does not apply when its broker hands them back (see <see cref="OwnBroadcasts"/>).
    /// </summary>
    public static IHostApplicationBuilder AddFederatedMessaging<TDbContext>(this IHostApplicationBuilder builder,
        string service, Action<IBusRegistrationConfigurator> consumers, IReadOnlyCollection<Type>? ownBroadcasts = null)
        where TDbContext : DbContext, IFederatedDbContext
    {
        builder.Services.AddSingleton(new OwnBroadcasts(ownBroadcasts ?? []));
        builder.Services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<MessageSigningOptions>().BindConfiguration(MessageSigningOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.MessageMaxAge > TimeSpan.Zero && o.MessageMaxAge <= MessageSigningOptions.LongestMaxAge,
                $"Federation:MessageMaxAge must be positive and at most {MessageSigningOptions.LongestMaxAge.TotalDays} days")
            .ValidateOnStart();
        // The relay depends on the signer, so a key missing from the member list stops the service at start.
        builder.Services.AddSingleton(sp => MessageSigner.ForNode(
            sp.GetRequiredService<IOptions<MessageSigningOptions>>().Value, sp.GetRequiredService<ThisCity>().Member,
            sp.GetRequiredService<IOptions<FederationOptions>>().Value.MembersFile, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<MessageVerifier>();
        builder.Services.AddSingleton<FederationMetrics>();
        builder.Services.AddSingleton<CatchUpRequests>();
        builder.Services.AddScoped<IFederatedDbContext>(sp => sp.GetRequiredService<TDbContext>());
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Outbox:PollInterval must be positive").ValidateOnStart();
        builder.Services.AddQueuedRows<OutboxMessage>();
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        // Before the bus: hosted services stop in reverse, so the bus finishes its messages while groups still commit.
        builder.Services.AddSingleton<GroupCommit>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<GroupCommit>());
        builder.Services.AddWarmUp<MessagingWarmUp>();

        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(service, false));
            // MassTransit (8.4+) reports usage to its vendor's host by default. A city's servers call
            // nobody but their own broker, their peers and the endpoints they are configured with.
            x.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            consumers(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                var broker = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                cfg.Host(broker.Host, (ushort)broker.Port, broker.VirtualHost, h =>
                {
                    h.Username(broker.Username);
                    h.Password(broker.Password);
                });
                // SQLite takes one writer at a time anyway: consuming one message at a time per endpoint
                // keeps each queue's order and spares racing inserts their retries. Prefetch keeps it fed.
                cfg.PrefetchCount = 32;
                cfg.ConcurrentMessageLimit = 1;
                foreach (var type in MessageTypes.Targeted)
                    cfg.Publish(type, p => p.ExchangeType = ExchangeType.Direct);
                cfg.UseMessageRetry(r =>
                {
                    r.Ignore<FederationRejectedException>();
                    r.Intervals(100, 500, 1000, 2000, 5000);
                });
                // In this order: nothing unverified reaches the idempotency record or a consumer.
                cfg.UseConsumeFilter(typeof(VerifyingConsumeFilter<>), context);
                cfg.UseConsumeFilter(typeof(IdempotentConsumeFilter<>), context);
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>Adds a consumer of [Targeted] messages: it receives only what is addressed to this city.</summary>
    public static void AddTargetedConsumer<TConsumer>(this IBusRegistrationConfigurator x)
        where TConsumer : class, IConsumer =>
        x.AddConsumer<TConsumer, TargetedConsumerDefinition<TConsumer>>();

    /// <summary>
    /// Adds a consumer whose messages are applied in groups, one transaction for those that arrive together
    /// (<see cref="GroupCommit"/>): for consumers that order their own records, such as replicas.
    /// </summary>
    public static void AddGroupedConsumer<TConsumer>(this IBusRegistrationConfigurator x)
        where TConsumer : class, IConsumer
    {
        x.AddConsumer<TConsumer, GroupedConsumerDefinition<TConsumer>>();
        foreach (var type in typeof(TConsumer).GetInterfaces()
                     .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)))
            x.AddSingleton(new GroupedMessage(type.GetGenericArguments()[0]));
    }
}
