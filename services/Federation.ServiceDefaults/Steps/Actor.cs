using System.Security.Claims;
using Federation.Contracts.Identity;

namespace Federation.ServiceDefaults.Steps;

/// <summary>Who takes a step: a signed-in user of one city's node, in one role, for one organisation.</summary>
/// <param name="Organisation">The organisation's display name: shown, never compared.</param>
/// <param name="OrganisationId">The organisation's id in the city's directory (the token's <c>org_id</c>): what ownership compares.</param>
public sealed record Actor(string City, string Role, string UserId, string Organisation, Guid OrganisationId)
{
    public const string Agency = Roles.Agency;
    public const string Startup = Roles.Startup;
    public const string Judge = Roles.Judge;
    public const string Secretariat = Roles.Secretariat;

    public bool IsAgencyOf(string city) => Role == Agency && City == city;

    /// <summary>A startup of <paramref name="city"/> acting for the organisation of that id; a record without one has no startup.</summary>
    public bool IsStartupOf(string city, Guid? organisationId) => Role == Startup && City == city && IsOf(organisationId);

    /// <summary>Whether the caller acts for the organisation of that id (names may repeat; ids do not).</summary>
    public bool IsOf(Guid? organisationId) => OrganisationId != Guid.Empty && organisationId == OrganisationId;

    public bool IsSecretariatOf(string city) => Role == Secretariat && City == city;

    public bool IsJudgeUser(string city, string userId) => Role == Judge && City == city && UserId == userId;

    public Party AsParty() => new(UserId, Organisation, OrganisationId == Guid.Empty ? null : OrganisationId);
}

/// <summary>A user and the organisation they acted for, as kept in the record of a step.</summary>
/// <param name="OrganisationId">The organisation's id in its city's directory; null for a party known only by name (another city's).</param>
public sealed record Party(string UserId, string Organisation, Guid? OrganisationId = null);

public static class Actors
{
    /// <summary>
    /// The signed-in user as a service's rules see them; the endpoint's policy already checked the city.
    /// </summary>
    /// <param name="precedence">The roles the service knows, strongest first: a user holding two acts in the first.</param>
    public static Actor Of(ClaimsPrincipal user, IReadOnlyList<string> precedence) => new(
        user.FindFirstValue(FederationClaims.City) ?? "",
        precedence.FirstOrDefault(user.IsInRole) ?? "",
        user.FindFirstValue("sub") ?? "",
        user.FindFirstValue(FederationClaims.Organisation) ?? "",
        Guid.TryParse(user.FindFirstValue(FederationClaims.OrganisationId), out var organisationId) ? organisationId : Guid.Empty);
}
