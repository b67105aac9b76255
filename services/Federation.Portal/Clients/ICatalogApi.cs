using Federation.Contracts;
using Federation.Contracts.Catalog;
using Refit;

namespace Federation.Portal.Clients;

/// <summary>This city's catalog service, which holds every member city's listings and challenges.</summary>
public interface ICatalogApi
{
    /// <summary>A live listing of <paramref name="city"/>; 404 when it has none by that id or withdrew it.</summary>
    [Get("/api/solutions/{id}")]
    Task<SolutionResponse> GetSolutionAsync(Guid id, string city, CancellationToken ct);

    /// <summary>A live challenge of <paramref name="city"/>; 404 when it has none by that id or withdrew it.</summary>
    [Get("/api/challenges/{id}")]
    Task<ChallengeResponse> GetChallengeAsync(Guid id, string city, CancellationToken ct);

    /// <summary>The solutions of every member city that fit a challenge of <paramref name="city"/>, best first, with the reasons.</summary>
    [Get("/api/challenges/{id}/matches")]
    Task<List<SolutionMatch>> GetChallengeMatchesAsync(Guid id, string city, int limit, CancellationToken ct);

    /// <summary>The network's open challenges that no solution of any member city fits, soonest deadline first.</summary>
    [Get("/api/opportunities/unmatched")]
    Task<List<ChallengeResponse>> GetUnmatchedChallengesAsync(CancellationToken ct);

    /// <summary>The open challenges of every member city that a solution of <paramref name="city"/> fits, best first, with the reasons.</summary>
    [Get("/api/solutions/{id}/matches")]
    Task<List<ChallengeMatch>> GetSolutionMatchesAsync(Guid id, string city, int limit, CancellationToken ct);

    /// <summary>
    /// Search the federated catalogue's listings (every term of q in some language); best first when q is given, else
    /// newest first; with facets. <paramref name="total"/> "estimate" lets a common word's total and facets be estimated
    /// (fast over many listings), null counts every match. A null filter is no filter; the listing filters come last, so
    /// that the calls that need none name none.
    /// </summary>
    [Get("/api/solutions")]
    Task<SearchPage<SolutionResponse>> SearchSolutionsAsync(string? q, string? domain, string? city, int? page, int? pageSize, string? total,
        CancellationToken ct, string? trl = null, string? maturity = null, string? verified = null, string? awarded = null);

    /// <summary>Search the federated catalogue's challenges; best first when q is given, else newest first; with facets.</summary>
    [Get("/api/challenges")]
    Task<SearchPage<ChallengeResponse>> SearchChallengesAsync(string? q, string? domain, string? city, int? page, int? pageSize, string? total, CancellationToken ct);

    /// <summary>List a solution owned by this city (agency token): 201 with the listing, 400 naming the bad fields.</summary>
    [Post("/api/solutions")]
    Task<SolutionResponse> CreateSolutionAsync([Body] SolutionRequest request, CancellationToken ct);

    /// <summary>Change this city's listing (agency token); 409 when <c>Version</c> is not the current one.</summary>
    [Put("/api/solutions/{id}")]
    Task<SolutionResponse> UpdateSolutionAsync(Guid id, [Body] UpdateSolutionRequest request, CancellationToken ct);

    /// <summary>Withdraw this city's listing (agency token): 204; the tombstone reaches every city.</summary>
    [Delete("/api/solutions/{id}")]
    Task WithdrawSolutionAsync(Guid id, CancellationToken ct);

    /// <summary>Publish a challenge owned by this city (agency token): 201 with the challenge, 400 naming the bad fields.</summary>
    [Post("/api/challenges")]
    Task<ChallengeResponse> CreateChallengeAsync([Body] ChallengeRequest request, CancellationToken ct);

    /// <summary>Change this city's challenge (agency token); 409 when <c>Version</c> is not the current one.</summary>
    [Put("/api/challenges/{id}")]
    Task<ChallengeResponse> UpdateChallengeAsync(Guid id, [Body] UpdateChallengeRequest request, CancellationToken ct);

    /// <summary>Withdraw this city's challenge (agency token): 204; the tombstone reaches every city.</summary>
    [Delete("/api/challenges/{id}")]
    Task WithdrawChallengeAsync(Guid id, CancellationToken ct);
}
