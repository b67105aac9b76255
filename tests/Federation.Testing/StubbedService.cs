using System.Net;
using System.Text;
using Federation.ServiceDefaults.Clients;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Testing;

/// <summary>
/// A client of one of the city's services, registered as every service registers its clients, whose service is a
/// function of the request, or nobody at all: the caller's side of a refusal or an outage, without a node.
/// </summary>
public static class StubbedService
{
    /// <summary>A client whose calls <paramref name="answer"/> answers.</summary>
    public static TApi Answering<TApi>(string name, Func<HttpRequestMessage, HttpResponseMessage> answer) where TApi : class =>
        Client<TApi>(name, "http://127.0.0.1:9", http => http.ConfigurePrimaryHttpMessageHandler(() => new Answers(answer)));

    /// <summary>A client of an address where nothing listens: every call ends without an answer.</summary>
    public static TApi Silent<TApi>(string name) where TApi : class => Client<TApi>(name, $"http://127.0.0.1:{FreePorts.Next()}", _ => { });

    public static HttpResponseMessage Problem(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/problem+json") };

    public static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static TApi Client<TApi>(string name, string address, Action<IHttpClientBuilder> handler) where TApi : class
    {
        var builder = Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration[$"Services:{name}"] = address;
        builder.AddServiceClient<TApi>(name);
        handler(builder.Services.AddHttpClient(name));
        return builder.Services.BuildServiceProvider().GetRequiredService<TApi>();
    }

    private sealed class Answers(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            // As a real handler does: Refit describes a refusal by the request it answers.
            var response = answer(request);
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }
}
