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
}
