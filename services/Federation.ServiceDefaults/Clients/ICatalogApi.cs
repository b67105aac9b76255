using Federation.Contracts;
using Federation.Contracts.Catalog;
using RestEase;

namespace Federation.ServiceDefaults.Clients;

/// <summary>This city's catalog service, which holds every member city's listings and challenges.</summary>
public interface ICatalogApi
{
    /// <summary>A live listing of <paramref name="city"/>; 404 when it has none by that id or withdrew it.</summary>
    [Get("api/solutions/{id}")]
    [AllowAnyStatusCode]
    Task<Response<SolutionResponse>> GetSolutionAsync([Path] Guid id, [Query] string city, CancellationToken ct);

    /// <summary>A live challenge of <paramref name="city"/>; 404 when it has none by that id or withdrew it.</summary>
    [Get("api/challenges/{id}")]
    [AllowAnyStatusCode]
    Task<Response<ChallengeResponse>> GetChallengeAsync([Path] Guid id, [Query] string city, CancellationToken ct);

    /// <summary>Search the federated catalogue's listings (every term of q in some language); newest first.</summary>
    [Get("api/solutions")]
    [AllowAnyStatusCode]
    Task<Response<ResultPage<SolutionResponse>>> SearchSolutionsAsync([Query] string? q, [Query] string? domain, [Query] string? city,
        [Query] int? page, [Query] int? pageSize, CancellationToken ct);

    /// <summary>Search the federated catalogue's challenges; newest first.</summary>
    [Get("api/challenges")]
    [AllowAnyStatusCode]
    Task<Response<ResultPage<ChallengeResponse>>> SearchChallengesAsync([Query] string? q, [Query] string? domain, [Query] string? city,
        [Query] int? page, [Query] int? pageSize, CancellationToken ct);
}
