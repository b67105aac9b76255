namespace Federation.Awards.Common;

/// <summary>The groups the award's features map their endpoints on: one place for each prefix, tag and policy.</summary>
public static class AwardRoutes
{
    /// <summary>A city's own award work (nominations, judges, judging); each endpoint names the role whose step it is.</summary>
    public static RouteGroupBuilder MapCityAwardsGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/awards").WithTags("Awards: city");

    /// <summary>The secretariat's work on one cycle, at the secretariat's node only.</summary>
    public static RouteGroupBuilder MapSecretariatCycleGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/awards/cycles/{id}").WithTags("Secretariat").RequireAuthorization(Policies.Secretariat);
}
