using Federation.Contracts;
using Federation.Contracts.Interests;
using Federation.Contracts.Trials;
using Refit;

namespace Federation.Portal.Clients;

/// <summary>Interests between a challenge and a solution of two cities, kept by this city's trials service (a refusal throws).</summary>
public interface IInterestsApi
{
    [Post("/api/interests")]
    Task<InterestResponse> ExpressAsync([Body] ExpressInterestRequest request, CancellationToken ct);

    [Get("/api/interests")]
    Task<ResultPage<InterestResponse>> ListAsync(string? status, int? page, int? pageSize, CancellationToken ct);

    /// <summary>The secretariat's: every interest of the network.</summary>
    [Get("/api/interests/report")]
    Task<ResultPage<InterestResponse>> ReportAsync(string? status, int? page, int? pageSize, CancellationToken ct);

    [Get("/api/interests/{id}")]
    Task<InterestResponse> GetAsync(Guid id, CancellationToken ct);

    /// <summary><paramref name="answer"/>: accept or decline.</summary>
    [Post("/api/interests/{id}/{answer}")]
    Task AnswerAsync(Guid id, string answer, [Body] AnswerInterestRequest request, CancellationToken ct);

    [Post("/api/interests/{id}/application")]
    Task<TrialResponse> ApplyAsync(Guid id, [Body] ApplyForTrialRequest request, CancellationToken ct);
}
