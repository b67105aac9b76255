using System.Security.Claims;
using Federation.Contracts.Identity;

namespace Federation.ServiceDefaults.Steps;

/// <summary>Who takes a step: a signed-in user of one city's node, in one role, for one organisation.</summary>
public sealed record Actor(string City, string Role, string UserId, string Organisation)
{
    public const string Agency = Roles.Agency;
    public const string Startup = Roles.Startup;
    public const string Judge = Roles.Judge;
    public const string Secretariat = Roles.Secretariat;

    public bool IsAgencyOf(string city) => Role == Agency && City == city;

    public bool IsStartupOf(string city, string organisation) => Role == Startup && City == city && Organisation == organisation;

    public bool IsSecretariatOf(string city) => Role == Secretariat && City == city;

    public bool IsJudgeUser(string city, string userId) => Role == Judge && City == city && UserId == userId;

    public Party AsParty() => new(UserId, Organisation);
}

/// <summary>A user and the organisation they acted for, as kept in the record of a step.</summary>
public sealed record Party(string UserId, string Organisation);

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
        user.FindFirstValue(FederationClaims.Organisation) ?? "");
}
