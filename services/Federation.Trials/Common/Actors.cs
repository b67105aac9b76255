using System.Security.Claims;
using Federation.Contracts.Identity;
using Federation.Trials.Domain;

namespace Federation.Trials.Common;

public static class Actors
{
    /// <summary>
    /// The signed-in user as the trial rules see them. The endpoint's policy has already checked that the
    /// token is this city's; an agency role wins over a startup role if a user somehow holds both.
    /// </summary>
    public static Actor Of(ClaimsPrincipal user)
    {
        var role = user.IsInRole(Roles.Agency) ? Roles.Agency : user.IsInRole(Roles.Startup) ? Roles.Startup : "";
        return new Actor(user.FindFirstValue(FederationClaims.City) ?? "", role,
            user.FindFirstValue("sub") ?? "", user.FindFirstValue(FederationClaims.Organisation) ?? "");
    }
}
