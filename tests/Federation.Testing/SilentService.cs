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
    public static TApi Client<TApi>(string name) where TApi : class => ClientAt<TApi>(name, FreePorts.Next());

    /// <summary>
    /// A client of a service that takes the connection and never answers (a hung or overloaded service): the caller
    /// waits out its timeout. Dispose the listener when done.
    /// </summary>
    public static (TApi Client, IDisposable Listener) Hanging<TApi>(string name) where TApi : class
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start(); // the kernel completes the handshake; nobody ever reads the request
        return (ClientAt<TApi>(name, ((System.Net.IPEndPoint)listener.LocalEndpoint).Port), listener);
    }

    private static TApi ClientAt<TApi>(string name, int port) where TApi : class
    {
        var builder = Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration[$"Services:{name}"] = $"http://127.0.0.1:{port}";
        builder.AddServiceClient<TApi>(name);
        return builder.Services.BuildServiceProvider().GetRequiredService<TApi>();
    }
}
