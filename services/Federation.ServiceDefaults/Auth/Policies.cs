using Federation.Contracts.Identity;
using Federation.Members;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;

namespace Federation.ServiceDefaults.Auth;

/// <summary>
/// Who may call what: a role held by a user of THIS node's city. A token from another city's node
/// already fails its audience; the city claim is checked as well, so a city's own IdP cannot hand
/// out rights in another city by mistake.
/// </summary>
public static class Policies
{
    public const string Agency = "agency-of-this-city";
    public const string Startup = "startup-of-this-city";
    public const string Judge = "judge-of-this-city";
    public const string Secretariat = "secretariat";
    /// <summary>Either party to a trial: an agency or a startup of this city.</summary>
    public const string AgencyOrStartup = "agency-or-startup-of-this-city";
    /// <summary>The node's administrators: organisations, people, roles and the audit log.</summary>
    public const string Admin = "admin-of-this-city";
    /// <summary>Those who read the city's whole directory: its admins and its agencies (who approve registrations).</summary>
    public const string AgencyOrAdmin = "agency-or-admin-of-this-city";

    internal static void Add(AuthorizationOptions options, ThisCity city, MemberList members)
    {
        options.AddPolicy(Agency, p => OfThisCity(p, city).RequireRole(Roles.Agency));
        options.AddPolicy(Startup, p => OfThisCity(p, city).RequireRole(Roles.Startup));
        options.AddPolicy(AgencyOrStartup, p => OfThisCity(p, city).RequireRole(Roles.Agency, Roles.Startup));
        options.AddPolicy(Judge, p => OfThisCity(p, city).RequireRole(Roles.Judge));
        options.AddPolicy(Admin, p => OfThisCity(p, city).RequireRole(Roles.Admin));
        options.AddPolicy(AgencyOrAdmin, p => OfThisCity(p, city).RequireRole(Roles.Agency, Roles.Admin));
        // Only the node of the city that hosts the secretariat has one.
        options.AddPolicy(Secretariat, p => OfThisCity(p, city).RequireRole(Roles.Secretariat)
            .RequireAssertion(_ => members.Secretariat == city.Id));
    }

    private static AuthorizationPolicyBuilder OfThisCity(AuthorizationPolicyBuilder policy, ThisCity city) =>
        policy.AddAuthenticationSchemes(BearerTokens.Scheme).RequireAuthenticatedUser()
            .RequireClaim(FederationClaims.City, city.Id);
}
