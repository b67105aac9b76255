using Federation.Members;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>This node's city, resolved against the member list at start.</summary>
public sealed record ThisCity(string Id, Member Member);

internal static class CityRegistration
{
    public static void AddCity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CityOptions>().BindConfiguration(CityOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<FederationOptions>().BindConfiguration(FederationOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => File.Exists(o.MembersFile), "Federation:MembersFile must name an existing member list")
            .ValidateOnStart();

        builder.Services.AddSingleton(sp => MemberList.Load(sp.GetRequiredService<IOptions<FederationOptions>>().Value.MembersFile));
        builder.Services.AddSingleton(sp =>
        {
            var id = sp.GetRequiredService<IOptions<CityOptions>>().Value.Id;
            var members = sp.GetRequiredService<MemberList>();
            if (!members.Contains(id))
                throw new OptionsValidationException(CityOptions.Section, typeof(CityOptions), [$"City:Id '{id}' is not in the member list"]);
            return new ThisCity(id, members.Get(id));
        });
        builder.Services.TryAddTimeProvider();
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
