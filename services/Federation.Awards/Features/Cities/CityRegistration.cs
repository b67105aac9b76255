using Federation.Awards.Features.Judges;
using Federation.Awards.Features.Judging;
using Federation.Awards.Features.Nominations;
using Federation.ServiceDefaults.Clients;

namespace Federation.Awards.Features.Cities;

/// <summary>
/// What every city's node does for the award: its agency nominates and enrols judges, its startups apply,
/// its judges score what the secretariat assigned them.
/// </summary>
public static class CityRegistration
{
    public static IHostApplicationBuilder AddCityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceClient<ICatalogApi>("Catalog");
        builder.AddServiceClient<IIdentityApi>("Identity");
        builder.Services.AddScoped<CityListings>();
        return builder;
    }

    public static void AddCityConsumers(this IBusRegistrationConfigurator bus) => bus.AddTargetedConsumer<AssignmentConsumer>();
}
