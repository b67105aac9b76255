using Federation.Identity.Features.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Federation.Identity.Features.Connect;

/// <summary>Who a person is, as the OpenID Connect endpoints hand them to OpenIddict; and whether they may sign in now.</summary>
public sealed class PersonPrincipals(UserDbContext db, UserManager<CityUser> users, ThisCity city)
{
    /// <summary>Checked at every sign-in, authorization and refresh: a deactivated person or an organisation not active stops there.</summary>
    public async Task<SignInOutcome> StandingAsync(CityUser user)
    {
        await db.Entry(user).Reference(u => u.Organisation).LoadAsync();
        if (!user.IsActive) return SignInOutcome.Deactivated;
        if (user.Organisation is not { IsActive: true }) return SignInOutcome.OrganisationNotActive;
        return SignInOutcome.Succeeded;
    }

    /// <summary>The person with their current roles, for the tokens the request's <paramref name="scopes"/> ask.</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(CityUser user, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(PersonClaims.Of(user, await users.GetRolesAsync(user)),
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, FederationClaims.Role);
        return Finish(identity, scopes);
    }

    /// <summary>A service of the city, by client credentials: its client id, its city, no roles.</summary>
    public ClaimsPrincipal ServicePrincipal(string clientId, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, FederationClaims.Role);
        identity.AddClaim(new Claim(Claims.Subject, clientId));
        identity.AddClaim(new Claim(Claims.Name, clientId));
        identity.AddClaim(new Claim(FederationClaims.City, city.Id));
        return Finish(identity, scopes);
    }

    private ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        // A token of one city is no use at another's services: each validates its own audience.
        identity.SetAudiences(FederationClaims.AudienceOf(city.Id));
        // Everything goes in the access token the services read; the identity token tells the portal who signed in.
        identity.SetDestinations(claim => claim.Type == Claims.Subject || claim.Type == Claims.Name
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
