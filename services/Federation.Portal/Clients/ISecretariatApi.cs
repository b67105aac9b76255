using Federation.Contracts.Awards;
using Refit;

namespace Federation.Portal.Clients;

/// <summary>The secretariat's side of this city's awards service (only the secretariat's city serves it to anyone).</summary>
public interface ISecretariatApi
{
    /// <summary>Opens a cycle; every city hears the call.</summary>
    [Post("/api/awards/cycles")]
    Task<CycleResponse> OpenCycleAsync([Body] OpenCycleRequest request, CancellationToken ct);

    /// <summary>Moves the windows that have not closed (absent times stay).</summary>
    [Post("/api/awards/cycles/{id}/schedule")]
    Task<CycleResponse> RescheduleAsync(Guid id, [Body] RescheduleRequest request, CancellationToken ct);

    /// <summary>The cycle's nominated entries from every city, as the secretariat holds them.</summary>
    [Get("/api/awards/cycles/{id}/entries")]
    Task<IReadOnlyList<EntryResponse>> ListEntriesAsync(Guid id, CancellationToken ct);

    /// <summary>The judges every city enrolled with this secretariat.</summary>
    [Get("/api/awards/secretariat/judges")]
    Task<IReadOnlyList<JudgeResponse>> ListJudgesAsync(CancellationToken ct);

    /// <summary>Puts a judge on the panel or adds entries to their assignment (never of the judge's own city).</summary>
    [Post("/api/awards/cycles/{id}/assignments")]
    Task<AssignmentResponse> AssignAsync(Guid id, [Body] AssignJudgeRequest request, CancellationToken ct);

    /// <summary>Takes entries the judge has neither scored nor declared a conflict on.</summary>
    [Post("/api/awards/cycles/{id}/assignments/{judgeId}/unassign")]
    Task<AssignmentResponse> UnassignAsync(Guid id, Guid judgeId, [Body] UnassignEntriesRequest request, CancellationToken ct);

    /// <summary>Excludes (or counts again) a judge's scores of an entry with a disclosed conflict.</summary>
    [Post("/api/awards/cycles/{id}/assignments/{judgeId}/conflicts/{entryId}/exclude")]
    Task<AssignmentResponse> ExcludeConflictAsync(Guid id, Guid judgeId, Guid entryId, [Body] ExcludeConflictRequest request, CancellationToken ct);

    /// <summary>Scoring progress per judge and entry.</summary>
    [Get("/api/awards/cycles/{id}/progress")]
    Task<ProgressResponse> GetProgressAsync(Guid id, CancellationToken ct);

    /// <summary>The ranking over the sheets that count.</summary>
    [Get("/api/awards/cycles/{id}/ranking")]
    Task<RankingResponse> GetRankingAsync(Guid id, CancellationToken ct);

    /// <summary>The ranking as an SVG bar chart (image/svg+xml).</summary>
    [Get("/api/awards/cycles/{id}/ranking/chart")]
    Task<HttpResponseMessage> GetRankingChartAsync(Guid id, CancellationToken ct);

    /// <summary>Every score per judge, entry and criterion (text/csv, with a file name).</summary>
    [Get("/api/awards/cycles/{id}/scores.csv")]
    Task<HttpResponseMessage> GetScoresCsvAsync(Guid id, CancellationToken ct);

    /// <summary>The finalists, once judging has closed; replaces an earlier shortlist.</summary>
    [Post("/api/awards/cycles/{id}/shortlist")]
    Task<CycleResponse> ShortlistAsync(Guid id, [Body] ShortlistRequest request, CancellationToken ct);

    /// <summary>The winners per label, in the order chosen; replaces an earlier choice.</summary>
    [Post("/api/awards/cycles/{id}/winners")]
    Task<CycleResponse> ChooseWinnersAsync(Guid id, [Body] ChooseWinnersRequest request, CancellationToken ct);

    /// <summary>Publishes the results to every city; the cycle no longer changes.</summary>
    [Post("/api/awards/cycles/{id}/publish")]
    Task<CycleResponse> PublishAsync(Guid id, [Body] PublishRequest request, CancellationToken ct);
}
