using Federation.Contracts.Catalog;

namespace Federation.Awards.Features.Nominations;

/// <summary>
/// This city's catalog service, which holds every member city's listings: only the lookup
/// <see cref="CityListings"/> makes (a refusal throws, see <see cref="Federation.ServiceDefaults.Clients.ServiceClients"/>).
/// </summary>
public interface ICatalogApi
{
    /// <summary>A live listing of <paramref name="city"/>; 404 when it has none by that id or withdrew it.</summary>
    [Get("/api/solutions/{id}")]
    Task<SolutionResponse> GetSolutionAsync(Guid id, string city, CancellationToken ct);
}
