using System.Security.Claims;
using Federation.Contracts.Identity;
using Federation.Awards.Domain;

namespace Federation.Awards.Common;

public static class Actors
{
    // The roles a user may hold, strongest first: a user holding two acts in the first.
    private static readonly string[] Precedence = [Roles.Secretariat, Roles.Agency, Roles.Judge, Roles.Startup];

    /// <summary>The signed-in user as the award rules see them; the endpoint's policy already checked the city.</summary>
    public static Actor Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(FederationClaims.City) ?? "",
        Precedence.FirstOrDefault(user.IsInRole) ?? "",
        user.FindFirstValue("sub") ?? "",
        user.FindFirstValue(FederationClaims.Organisation) ?? "");
}
