using Federation.Contracts.Awards;
using RestEase;

namespace Federation.ServiceDefaults.Clients;

/// <summary>The secretariat's side of this city's awards service (only the secretariat's city serves it to anyone).</summary>
[AllowAnyStatusCode]
public interface ISecretariatApi
{
    /// <summary>Every cycle this city holds, newest first.</summary>
    [Get("api/awards/cycles")]
    Task<Response<IReadOnlyList<CycleResponse>>> ListCyclesAsync(CancellationToken ct);
}
