using Federation.ServiceDefaults.Clients;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Testing;

/// <summary>
/// A client of one of the city's services, registered as every service registers its clients, at an
/// address of 127.0.0.1 where nothing listens: the caller's side of an outage. (What a live service
/// answers, the federation tests ask the real one.)
/// </summary>
public static class SilentService
{
    public static TApi Client<TApi>(string name) where TApi : class
    {
        var builder = Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration[$"Services:{name}"] = $"http://127.0.0.1:{FreePorts.Next()}";
        builder.AddServiceClient<TApi>(name);
        return builder.Services.BuildServiceProvider().GetRequiredService<TApi>();
    }
}
