using Federation.CityId;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Federation.Testing;

/// <summary>
/// A city's own digital ID, a real OpenID Connect provider in process on a free 127.0.0.1 port (clients
/// fetch its discovery document and keys over HTTP), with the given people and relying parties.
/// </summary>
public sealed class CityIdProvider : IAsyncDisposable
{
    private readonly Factory factory;
    private readonly string database = Path.Combine(Path.GetTempPath(), $"cityid-{Guid.NewGuid():N}.db");

    public CityIdProvider(IEnumerable<CityIdPerson> people, IEnumerable<CityIdClient> clients)
    {
        var port = FreePorts.Next();
        Issuer = new Uri($"http://127.0.0.1:{port}/");
        factory = new Factory(Settings(people, clients));
        factory.UseKestrel(port);
        factory.StartServer();
    }

    /// <summary>Its address, which is also the issuer its tokens name.</summary>
    public Uri Issuer { get; }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        // SQLite's pool keeps the file open after the host stops; clearing it lets the file go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(database);
    }

    private Dictionary<string, string?> Settings(IEnumerable<CityIdPerson> people, IEnumerable<CityIdClient> clients)
    {
        var settings = new Dictionary<string, string?>
        {
            ["CityId:Issuer"] = Issuer.ToString(),
            ["ConnectionStrings:CityId"] = $"Data Source={database}",
        };
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            settings[$"CityId:People:{i}:Subject"] = person.Subject;
            settings[$"CityId:People:{i}:Email"] = person.Email;
            settings[$"CityId:People:{i}:EmailVerified"] = person.EmailVerified ? "true" : "false";
            settings[$"CityId:People:{i}:Name"] = person.Name;
            settings[$"CityId:People:{i}:Password"] = person.Password;
        }
        foreach (var (client, i) in clients.Select((c, i) => (c, i)))
        {
            settings[$"CityId:Clients:{i}:ClientId"] = client.ClientId;
            settings[$"CityId:Clients:{i}:ClientSecret"] = client.ClientSecret;
            settings[$"CityId:Clients:{i}:RedirectUri"] = client.RedirectUri;
            if (client.PostLogoutRedirectUri is not null) settings[$"CityId:Clients:{i}:PostLogoutRedirectUri"] = client.PostLogoutRedirectUri;
        }
        return settings;
    }

    private sealed class Factory(Dictionary<string, string?> settings) : WebApplicationFactory<CityIdApp>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }
}
