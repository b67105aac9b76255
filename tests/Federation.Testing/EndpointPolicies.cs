using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Testing;

/// <summary>Who may call each endpoint of a running service, as its endpoint metadata states it.</summary>
public static class EndpointPolicies
{
    /// <summary>
    /// Every endpoint that states neither a policy nor that anyone may call it ("GET /api/x"). Such an
    /// endpoint is open by accident: the services set no fallback policy, so each must say.
    /// </summary>
    public static IReadOnlyList<string> Unstated(IServiceProvider services) =>
        Endpoints(services)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(Describe)
            .ToList();

    /// <summary>Endpoints anyone may call, to compare with the service's intended public ones.</summary>
    public static IReadOnlyList<string> Anonymous(IServiceProvider services) =>
        Endpoints(services).Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Describe).ToList();

    private static IEnumerable<RouteEndpoint> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} {endpoint.RoutePattern.RawText}";
}
