using System.Net.Http.Headers;
using Federation.Portal.Auth;
using Federation.ServiceDefaults.Clients;

namespace Federation.Portal.Clients;

/// <summary>
/// The city's services, as declarative clients from <c>Services:{Name}</c> (a Dapr sidecar's invocation
/// address fits there too). Every call carries the signed-in user's token, so each service decides
/// what the user may do exactly as it would for the user's own API calls.
/// </summary>
public static class PortalClients
{
    public static readonly IReadOnlyList<string> Services = ["Catalog", "Trials", "Awards", "Identity"];

    public static IHostApplicationBuilder AddPortalClients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<UserToken>();
        builder.AddServiceClient<ICatalogApi>("Catalog");
        builder.AddServiceClient<ITrialsApi>("Trials");
        builder.AddServiceClient<IAwardsApi>("Awards");
        builder.AddServiceClient<ISecretariatApi>("Awards");
        builder.AddServiceClient<IIdentityApi>("Identity");
        builder.AddServiceClient<INotificationsApi>("Identity");
        builder.AddServiceClient<IInterestsApi>("Trials");
        builder.Services.AddScoped<UnreadNotifications>();
        foreach (var name in Services) builder.Services.AddHttpClient(name).AddHttpMessageHandler<UserToken>();
        return builder;
    }

    /// <summary>Adds the signed-in user's bearer token unless the call set its own.</summary>
    private sealed class UserToken(IHttpContextAccessor http) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (request.Headers.Authorization is null && http.HttpContext?.User.AccessToken() is { } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, ct);
        }
    }
}
