using Federation.Contracts;
using Federation.Contracts.Trials;
using RestEase;

namespace Federation.ServiceDefaults.Clients;

/// <summary>This city's trials service (the portal's client: every call answers with its status, never throws for one).</summary>
[AllowAnyStatusCode]
public interface ITrialsApi
{
    /// <summary>Trials verified in any member city, newest first.</summary>
    [Get("api/trials/verified")]
    Task<Response<ResultPage<VerifiedTrialResponse>>> ListVerifiedAsync([Query] string? city, [Query] Guid? solutionId, [Query] int? page, [Query] int? pageSize, CancellationToken ct);
}
