using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>A GET the service sends itself at start (see <see cref="SelfRequests"/>), its answer ignored.</summary>
public sealed record WarmUpRequest(string Path);

/// <summary>
/// The HTTP side of the warm-up: the service sends itself the requests it registered, over its own listening address,
/// so that the server, its middleware, routing, the endpoints' binding and their answers' serialisation are compiled
/// before the first client comes. Measured before it on the local federation, a city's first POST took 120-200 ms and
/// the first GET tens of milliseconds more than the next ones. Each request carries a well-formed bearer token that no
/// issuer signed: the token handler reads it and checks its signature against the issuer's keys, as it will a real one,
/// and refuses it. Register reads only: a write would count against the loopback address's rate limit.
/// </summary>
internal sealed class SelfRequests(IServer server, IEnumerable<WarmUpRequest> requests, IHttpClientFactory clients) : IWarmUp
{
    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (Address() is not { } address) return; // a test server: no socket to warm
        using var client = clients.CreateClient(nameof(SelfRequests));
        client.BaseAddress = address;
        foreach (var request in requests)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, request.Path);
            message.Headers.Authorization = new("Bearer", UnsignedToken.Value);
            using var _ = await client.SendAsync(message, ct);
        }
    }

    private static readonly Lazy<string> UnsignedToken = new(() =>
    {
        static string Part(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds();
        return string.Join('.', Part("""{"alg":"RS256","typ":"JWT","kid":"warm-up"}"""u8.ToArray()),
            Part(System.Text.Encoding.UTF8.GetBytes($$"""{"sub":"warm-up","exp":{{expires}}}""")), Part(new byte[256]));
    });

    /// <summary>The loopback form of the first address the server listens on; plain HTTP where it listens on both.</summary>
    private Uri? Address()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a.Replace("://+", "://localhost")
            .Replace("://*", "://localhost").Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://127.0.0.1"))).ToList() ?? [];
        return addresses.FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttp) ?? addresses.FirstOrDefault();
    }
}

public static class SelfRequestRegistration
{
    /// <summary>Adds requests that the service sends itself at start, before it reports ready.</summary>
    public static IServiceCollection AddWarmUpRequests(this IServiceCollection services, params WarmUpRequest[] requests)
    {
        foreach (var request in requests) services.AddSingleton(request);
        if (services.Any(s => s.ServiceType == typeof(SelfRequests))) return services;
        services.AddHttpClient(nameof(SelfRequests));
        return services.AddWarmUp<SelfRequests>();
    }
}
