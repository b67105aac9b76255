using Microsoft.IdentityModel.JsonWebTokens;

namespace Federation.Identity.Features.Connect;

/// <summary>What a token says about a person, whichever way it is issued: the services' policies read these claims.</summary>
public static class PersonClaims
{
    /// <param name="user">With its organisation loaded.</param>
    public static List<Claim> Of(CityUser user, IEnumerable<string> roles) =>
    [
        new(JwtRegisteredClaimNames.Sub, user.Id),
        new(JwtRegisteredClaimNames.Name, user.UserName!),
        new(FederationClaims.City, user.City),
        new(FederationClaims.Organisation, user.Organisation!.DisplayName),
        new(FederationClaims.OrganisationId, user.OrganisationId.ToString()),
        .. roles.Select(r => new Claim(FederationClaims.Role, r)),
    ];
}
