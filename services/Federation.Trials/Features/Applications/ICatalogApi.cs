using Federation.Contracts.Catalog;
using Refit;

namespace Federation.Trials.Features.Applications;

/// <summary>
/// This city's catalog service, which holds every member city's listings and challenges: only the lookups
/// <see cref="CatalogListings"/> makes (a refusal throws, see <see cref="Federation.ServiceDefaults.Clients.ServiceClients"/>).
/// </summary>
public interface ICatalogApi
{
    /// <summary>A live listing of <paramref name="city"/>; 404 when it has none by that id or withdrew it.</summary>
    [Get("/api/solutions/{id}")]
    Task<SolutionResponse> GetSolutionAsync(Guid id, string city, CancellationToken ct);

    /// <summary>A live challenge of <paramref name="city"/>; 404 when it has none by that id or withdrew it.</summary>
    [Get("/api/challenges/{id}")]
    Task<ChallengeResponse> GetChallengeAsync(Guid id, string city, CancellationToken ct);
}
