using Federation.Identity.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Federation.Identity.Tests;

/// <summary>One city's identity service, in process, with its database and key in the folder's city folder.</summary>
public sealed class IdentityNode(TestFolder folder, string city = "taipei") : WebApplicationFactory<Program>
{
    public string City => city;

    public string Issuer { get; init; } = "http://127.0.0.1:5104";

    public string KeyFile => Path.Combine(folder.CityFolder(city), "token-key.pem");

    public bool SeedDevUsers { get; init; } = true;

    public string Environment { get; init; } = "Development";

    /// <summary>Where the node's mail goes; without one it waits, undelivered, for a server that never comes.</summary>
    public MailInbox? Mail { get; init; }

    /// <summary>Further Identity:* or other settings; a null value removes the setting.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>Replaces services (a controllable clock, say) before the host starts.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>On a real port, for clients that fetch over HTTP (the OIDC configuration manager).</summary>
    public static IdentityNode OnRealPort(TestFolder folder, Action<IServiceCollection>? testServices = null,
        Dictionary<string, string?>? settings = null, string environment = "Development", MailInbox? mail = null, int? port = null)
    {
        port ??= Federation.Testing.FreePorts.Next();
        var node = new IdentityNode(folder)
        {
            Issuer = $"http://127.0.0.1:{port}", TestServices = testServices, Settings = settings ?? [], Environment = environment, Mail = mail,
            SeedDevUsers = environment == "Development",
        };
        node.UseKestrel(port.Value);
        node.StartServer();
        return node;
    }

    /// <summary>The secret of the portal's OpenID Connect client, as the node generated it beside its token key.</summary>
    public string PortalClientSecret => File.ReadAllText(Path.Combine(folder.CityFolder(city), "portal-client-secret")).Trim();

    public Task<CityUser?> FindUserAsync(string userName) =>
        WithScopeAsync<UserManager<CityUser>, CityUser?>(users => users.FindByNameAsync(userName));

    public async Task<T> WithScopeAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("City:Id", city);
        builder.UseSetting("Federation:MembersFile", folder.MembersFile);
        builder.UseSetting("ConnectionStrings:Identity", $"Data Source={Path.Combine(folder.CityFolder(city), "identity.db")}");
        builder.UseSetting("Identity:Issuer", Issuer);
        builder.UseSetting("Identity:TokenKeyFile", KeyFile);
        builder.UseSetting("Identity:PortalAddress", "http://127.0.0.1:5100");
        // Alone, without the city's broker: its notifications are tested where the city's services run beside it.
        builder.UseSetting("Identity:Notifications", "false");
        // Tests share one client address; only the rate limit's own test sets a low limit.
        builder.UseSetting("Identity:TokenRequestsPerMinute", "1000");
        builder.UseSetting("Identity:TokenRequestsPerUserPerMinute", "1000");
        if (SeedDevUsers) builder.UseSetting("Identity:DevUsersFile", folder.DevUsersFile);
        foreach (var (key, value) in Mail?.Settings() ?? MailInbox.SettingsFor("127.0.0.1", Federation.Testing.FreePorts.Next()))
            builder.UseSetting(key, value);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }
}
