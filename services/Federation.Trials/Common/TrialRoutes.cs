namespace Federation.Trials.Common;

/// <summary>Where the trial steps live. Each feature maps its own group here; its endpoints narrow the policy.</summary>
public static class TrialRoutes
{
    // Steps are for the parties of this city; each endpoint narrows it to the role whose step it is.
    public static RouteGroupBuilder MapTrialsGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/trials").WithTags("Trials").RequireAuthorization(Policies.AgencyOrStartup);
}
