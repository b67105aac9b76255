using Federation.Awards.Features.Cycles;
using Federation.Awards.Features.Results;

namespace Federation.Awards.Features.Secretariat;

/// <summary>The secretariat's side of the awards service, with the broadcasts every city hears.</summary>
public static class SecretariatRegistration
{
    public static void AddSecretariatServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddPrintablePages();
    }

    public static void AddSecretariatConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CycleConsumer>();
        bus.AddConsumer<AwardResultsConsumer>();
        bus.AddTargetedConsumer<CitySubmissionsConsumer>();
    }
}
