using Federation.Contracts.Identity;
using Refit;

namespace Federation.Portal.Clients;

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
