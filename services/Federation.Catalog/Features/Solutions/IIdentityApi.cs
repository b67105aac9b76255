using Federation.Contracts.Identity;
using Refit;

namespace Federation.Catalog.Features.Solutions;

/// <summary>
/// This city's identity service, which keeps the city's directory of organisations: only the lookup
/// <see cref="ProviderOrganisations"/> makes (a refusal throws, see <see cref="Federation.ServiceDefaults.Clients.ServiceClients"/>).
/// </summary>
public interface IIdentityApi
{
    /// <summary>An active organisation of the city; 404 when there is none by that id or it is not active.</summary>
    [Get("/api/organisations/{id}")]
    Task<OrganisationResponse> GetOrganisationAsync(Guid id, CancellationToken ct);
}
