using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Testing;

/// <summary>
/// One service of one city, hosted in the test process on that city's real test broker, with its
/// SQLite file in the city's data folder, or its database on <see cref="Postgres"/> (so a restarted service
/// finds its data again).
/// </summary>
public sealed class CityService<TEntryPoint>(TestFederation federation, string city, string service, string connectionName)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public string City => city;

    /// <summary>Replaces services for a test (a controllable clock, say) before the host starts.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Settings of this instance only (a low rate limit, say), applied last.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Serves on the city's member-list port for this service (real sockets, like the local federation).</summary>
    public CityService<TEntryPoint> ListenOnMemberPort()
    {
        UseKestrel(federation.Members.Get(city).Services[service]);
        StartServer();
        return this;
    }

    /// <summary>The test run's PostgreSQL server, when the service keeps its data there (<c>Storage:Provider</c> postgres).</summary>
    public PostgresServer? Postgres { get; init; }

    public string DatabaseFile => Path.Combine(federation.CityDirectory(city), $"{service}.db");

    // Named after the test federation's folder: unique to the test, the same across a restart.
    private string ConnectionString => Postgres is null
        ? $"Data Source={DatabaseFile}"
        : Postgres.NewDatabase(Path.GetFileName(federation.Root), city, service);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var broker = federation.Members.Get(city).Broker;
        builder.UseEnvironment("Development");
        builder.UseSetting("City:Id", city);
        builder.UseSetting("Federation:MembersFile", federation.MembersFile);
        builder.UseSetting("Federation:SigningKeyFile", federation.SigningKeyFile(city));
        builder.UseSetting("Storage:Provider", Postgres is null ? "sqlite" : "postgres");
        builder.UseSetting($"ConnectionStrings:{connectionName}", ConnectionString);
        builder.UseSetting("RabbitMq:Host", broker.Host);
        builder.UseSetting("RabbitMq:Port", broker.AmqpPort.ToString());
        builder.UseSetting("RabbitMq:Username", city);
        builder.UseSetting("RabbitMq:Password", federation.ServicesPassword(city));
        // The city's identity service listens on its member-list port, so its issuer is known in advance.
        var identity = federation.IdentityUri(city);
        builder.UseSetting("Auth:Authority", identity);
        builder.UseSetting("Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Identity:Issuer", identity);
        builder.UseSetting("Identity:TokenKeyFile", Path.Combine(federation.CityDirectory(city), "token-key.pem"));
        builder.UseSetting("Identity:DevUsersFile", DevUsers.File);
        // Mail waits undelivered unless a test that reads it gives a server (see MailInbox).
        foreach (var (key, value) in MailInbox.SettingsFor("127.0.0.1", FreePorts.Next())) builder.UseSetting(key, value);
        builder.UseSetting("Identity:PortalAddress", $"http://127.0.0.1:{federation.Members.Get(city).Services["portal"]}");
        // Tests sign the same development users in many times a minute; the limit's own tests lower it.
        builder.UseSetting("Identity:TokenRequestsPerUserPerMinute", "10000");
        // Services of one city call each other on their member-list ports (see ListenOnMemberPort).
        var ports = federation.Members.Get(city).Services;
        builder.UseSetting("Services:Catalog", $"http://127.0.0.1:{ports["catalog"]}");
        builder.UseSetting("Services:Trials", $"http://127.0.0.1:{ports["trials"]}");
        builder.UseSetting("Services:Awards", $"http://127.0.0.1:{ports["awards"]}");
        builder.UseSetting("Services:Identity", identity);
        // The portal's OpenID Connect client secret, shared by the city's identity service and portal as the launcher shares it.
        builder.UseSetting("Identity:PortalClientSecretFile", Path.Combine(federation.CityDirectory(city), "portal-client-secret"));
        builder.UseSetting("Portal:ClientSecretFile", Path.Combine(federation.CityDirectory(city), "portal-client-secret"));
        // The portal's cookie keys, kept with the city's data as the launcher keeps them.
        builder.UseSetting("Portal:KeysDirectory", Path.Combine(federation.CityDirectory(city), "portal-keys"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }

    /// <summary>Resolves a scoped service (a DbContext, say) for arranging or inspecting state.</summary>
    public async Task<T> WithScopeAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
