using Federation.Contracts.Awards;
using RestEase;

namespace Federation.ServiceDefaults.Clients;

/// <summary>This city's awards service (the portal's client: every call answers with its status, never throws for one).</summary>
[AllowAnyStatusCode]
public interface IAwardsApi
{
    /// <summary>The published results of every cycle, as every city holds them.</summary>
    [Get("api/awards/results")]
    Task<Response<IReadOnlyList<ResultsResponse>>> ListResultsAsync(CancellationToken ct);

    /// <summary>Every cycle this city holds (the calls for nominations), newest first.</summary>
    [Get("api/awards/cycles")]
    Task<Response<IReadOnlyList<CycleResponse>>> ListCyclesAsync(CancellationToken ct);

    /// <summary>One cycle; 404 when this city holds none by that id.</summary>
    [Get("api/awards/cycles/{id}")]
    Task<Response<CycleResponse>> GetCycleAsync([Path] Guid id, CancellationToken ct);
}
