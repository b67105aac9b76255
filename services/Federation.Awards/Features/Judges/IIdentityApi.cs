using Federation.Contracts.Identity;

namespace Federation.Awards.Features.Judges;

/// <summary>
/// This city's identity service, which knows the node's users: only the lookup a judge's enrolment makes
/// (a refusal throws, see <see cref="Federation.ServiceDefaults.Clients.ServiceClients"/>).
/// </summary>
public interface IIdentityApi
{
    /// <summary>A user of this node; 404 when none has that name. Only an agency of the city may ask: pass its bearer token.</summary>
    [Get("/api/users/{userName}")]
    Task<CityUserResponse> GetUserAsync(string userName, [Header("Authorization")] string authorization, CancellationToken ct);
}
