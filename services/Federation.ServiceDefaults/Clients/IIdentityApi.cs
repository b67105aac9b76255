using Federation.Contracts.Identity;
using Refit;

namespace Federation.ServiceDefaults.Clients;

/// <summary>A user of this city's node, as its identity service answers an agency of the city.</summary>
/// <param name="Id">The user's id: the <c>sub</c> of their tokens.</param>
/// <param name="UserName">The sign-in name, e.g. <c>judge@seoul</c>.</param>
/// <param name="Organisation">An agency's bureau, a startup's company; the token's <c>org</c>.</param>
public record CityUserResponse(string Id, string UserName, string City, string Organisation, IReadOnlyList<string> Roles);

/// <summary>This city's identity service, which knows the node's users.</summary>
public interface IIdentityApi
{
    /// <summary>A user of this node; 404 when none has that name. Only an agency of the city may ask: pass its bearer token.</summary>
    [Get("/api/users/{userName}")]
    Task<CityUserResponse> GetUserAsync(string userName, [Header("Authorization")] string authorization, CancellationToken ct);

    /// <summary>A bearer token for a user of this node (the portal's sign-in); 400 for a wrong name or password or a locked account.</summary>
    [Post("/api/auth/token")]
    Task<TokenResponse> GetTokenAsync([Body] TokenRequest request, CancellationToken ct);
}
