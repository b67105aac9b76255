using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Refit;

namespace Federation.ServiceDefaults.Clients;

/// <summary>The address of another service of this city's node, from <c>Services:{Name}</c>.</summary>
public sealed class ServiceAddress
{
    public Uri? BaseAddress { get; set; }
}

/// <summary>
/// How every service calls another of its city's node: a Refit client, source-generated (Refit's reflection
/// fallback is not available here). A refusal throws <see cref="ApiException"/>, a <see cref="ValidationApiException"/>
/// with the service's ProblemDetails; no answer at all (refused connection, timeout) throws <see cref="ApiRequestException"/>.
/// A method answering <see cref="HttpResponseMessage"/> (a rendered file) gets it whatever its status.
/// </summary>
public static class ServiceClients
{
    /// <summary>The services speak System.Text.Json with web defaults (camelCase, case-insensitive reads).</summary>
    public static RefitSettings Settings { get; } =
        new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    /// <summary>
    /// A client of <typeparamref name="TApi"/> for this city's service <paramref name="name"/>, at the address
    /// configured as <c>Services:{name}</c> (a sidecar's invocation address fits there as well as the service's
    /// own). Only this city's services are called: cities talk through the brokers. Clients of one service share
    /// its named HttpClient, so a handler added to that name (the portal's user token) applies to each.
    /// </summary>
    public static IHostApplicationBuilder AddServiceClient<TApi>(this IHostApplicationBuilder builder, string name)
        where TApi : class
    {
        var key = $"Services:{name}";
        builder.Services.AddOptions<ServiceAddress>(name)
            .Configure<IConfiguration>((o, config) => o.BaseAddress = Uri.TryCreate(config[key], UriKind.Absolute, out var uri) ? uri : null)
            .Validate(o => o.BaseAddress is { Scheme: "http" or "https" }, $"{key} must be the absolute http(s) address of this city's {name} service")
            .ValidateOnStart();
        builder.Services.AddRefitGeneratedClient<TApi>(_ => Settings, name).ConfigureHttpClient((sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<IOptionsMonitor<ServiceAddress>>().Get(name).BaseAddress;
            http.Timeout = TimeSpan.FromSeconds(10);
        });
        return builder;
    }

    /// <summary>A record the service may not hold: null for its 404; any other refusal still throws.</summary>
    public static async Task<T?> OrNullIfNotFoundAsync<T>(this Task<T> call) where T : class
    {
        try
        {
            return await call;
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
