using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Testing;

/// <summary>
/// One service of one city, hosted in the test process on that city's real test broker, with its
/// SQLite file in the city's data folder (so a restarted service finds its data again).
/// </summary>
public sealed class CityService<TEntryPoint>(TestFederation federation, string city, string service, string connectionName)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public string City => city;

    /// <summary>Replaces services for a test (a controllable clock, say) before the host starts.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public string DatabaseFile => Path.Combine(federation.CityDirectory(city), $"{service}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var broker = federation.Members.Get(city).Broker;
        builder.UseEnvironment("Development");
        builder.UseSetting("City:Id", city);
        builder.UseSetting("Federation:MembersFile", federation.MembersFile);
        builder.UseSetting($"ConnectionStrings:{connectionName}", $"Data Source={DatabaseFile}");
        builder.UseSetting("RabbitMq:Host", broker.Host);
        builder.UseSetting("RabbitMq:Port", broker.AmqpPort.ToString());
        builder.UseSetting("RabbitMq:Username", city);
        builder.UseSetting("RabbitMq:Password", federation.ServicesPassword(city));
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }

    /// <summary>Resolves a scoped service (a DbContext, say) for arranging or inspecting state.</summary>
    public async Task<T> WithScopeAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
