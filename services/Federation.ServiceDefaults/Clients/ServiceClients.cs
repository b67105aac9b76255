using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RestEase;

namespace Federation.ServiceDefaults.Clients;

/// <summary>The address of another service of this city's node, from <c>Services:{Name}</c>.</summary>
public sealed class ServiceAddress
{
    public Uri? BaseAddress { get; set; }
}

public static class ServiceClients
{
    /// <summary>
    /// A RestEase client of <typeparamref name="TApi"/> for this city's service <paramref name="name"/>,
    /// at the address configured as <c>Services:{name}</c> (a sidecar's invocation address fits there as
    /// well as the service's own). Only this city's services are called: cities talk through the brokers.
    /// </summary>
    public static IHostApplicationBuilder AddServiceClient<TApi>(this IHostApplicationBuilder builder, string name)
        where TApi : class
    {
        var key = $"Services:{name}";
        builder.Services.AddOptions<ServiceAddress>(name)
            .Configure<IConfiguration>((o, config) => o.BaseAddress = Uri.TryCreate(config[key], UriKind.Absolute, out var uri) ? uri : null)
            .Validate(o => o.BaseAddress is { Scheme: "http" or "https" }, $"{key} must be the absolute http(s) address of this city's {name} service")
            .ValidateOnStart();
        builder.Services.AddHttpClient(name, (sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<IOptionsMonitor<ServiceAddress>>().Get(name).BaseAddress;
            http.Timeout = TimeSpan.FromSeconds(10);
        }).AddTypedClient(http => new RestClient(http)
        {
            ResponseDeserializer = new JsonAnswers(),
            RequestBodySerializer = new JsonBodies(),
        }.For<TApi>());
        return builder;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // RestEase speaks Newtonsoft by default; the services speak System.Text.Json with web defaults.
    private sealed class JsonBodies : RequestBodySerializer
    {
        public override HttpContent? SerializeBody<T>(T body, RequestBodySerializerInfo info) =>
            body is null ? null : JsonContent.Create(body, options: Json);
    }

    private sealed class JsonAnswers : ResponseDeserializer
    {
        public override T Deserialize<T>(string? content, HttpResponseMessage response, ResponseDeserializerInfo info) =>
            JsonSerializer.Deserialize<T>(content ?? "null", Json)!;
    }
}
