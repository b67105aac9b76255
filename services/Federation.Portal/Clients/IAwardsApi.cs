using Federation.Contracts;
using Federation.Contracts.Awards;
using Refit;

namespace Federation.Portal.Clients;

/// <summary>This city's awards service (the portal's client; a refusal throws, see <see cref="Federation.ServiceDefaults.Clients.ServiceClients"/>).</summary>
public interface IAwardsApi
{
    /// <summary>The published results of every cycle, as every city holds them.</summary>
    [Get("/api/awards/results")]
    Task<IReadOnlyList<ResultsResponse>> ListResultsAsync(CancellationToken ct);

    /// <summary>One cycle's published results; 404 when unknown or not published here (yet).</summary>
    [Get("/api/awards/cycles/{id}/results")]
    Task<ResultsResponse> GetResultsAsync(Guid id, CancellationToken ct);

    /// <summary>One cycle's published results as a self-contained printable HTML page; 404 as above.</summary>
    [Get("/api/awards/cycles/{id}/results/page")]
    Task<HttpResponseMessage> GetResultsPageAsync(Guid id, CancellationToken ct);

    /// <summary>Every cycle this city holds (the calls for nominations), newest first.</summary>
    [Get("/api/awards/cycles")]
    Task<IReadOnlyList<CycleResponse>> ListCyclesAsync(CancellationToken ct);

    /// <summary>One cycle; 404 when this city holds none by that id.</summary>
    [Get("/api/awards/cycles/{id}")]
    Task<CycleResponse> GetCycleAsync(Guid id, CancellationToken ct);

    /// <summary>This city's entries (agency: all; startup: its organisation's), most recently changed first.</summary>
    [Get("/api/awards/entries")]
    Task<ResultPage<EntryResponse>> ListEntriesAsync(Guid? cycleId, string? status, int? page, int? pageSize, CancellationToken ct);

    /// <summary>An agency nominates one of its city's live listings: 201 with the entry, sent to the secretariat.</summary>
    [Post("/api/awards/entries")]
    Task<EntryResponse> NominateAsync([Body] NominateRequest request, CancellationToken ct);

    /// <summary>A startup applies with a listing of its city; it waits for the city's agency to endorse it.</summary>
    [Post("/api/awards/applications")]
    Task<EntryResponse> ApplyAsync([Body] ApplyForNominationRequest request, CancellationToken ct);

    /// <summary>The city's agency makes a startup's application its nomination (while nominations are open).</summary>
    [Post("/api/awards/entries/{id}/endorse")]
    Task<EntryResponse> EndorseAsync(Guid id, [Body] EndorseNominationRequest request, CancellationToken ct);

    /// <summary>The city's agency declines a startup's application, saying why.</summary>
    [Post("/api/awards/entries/{id}/decline")]
    Task<EntryResponse> DeclineAsync(Guid id, [Body] DeclineNominationRequest request, CancellationToken ct);

    /// <summary>The agency, or the startup that applied, withdraws the entry before judging opens.</summary>
    [Post("/api/awards/entries/{id}/withdraw")]
    Task<EntryResponse> WithdrawAsync(Guid id, [Body] WithdrawEntryRequest request, CancellationToken ct);

    /// <summary>An agency enrols a judge-role user of its city (by user name); 400 naming userName for an unknown or non-judge user.</summary>
    [Post("/api/awards/judges")]
    Task<JudgeResponse> EnrolJudgeAsync([Body] EnrolJudgeRequest request, CancellationToken ct);

    /// <summary>The judges this city's agencies enrolled.</summary>
    [Get("/api/awards/judges")]
    Task<IReadOnlyList<JudgeResponse>> ListJudgesAsync(CancellationToken ct);

    /// <summary>The signed-in judge's assignments: entries, criteria, window, sheets and conflicts.</summary>
    [Get("/api/awards/assignments/mine")]
    Task<IReadOnlyList<AssignmentResponse>> MyAssignmentsAsync(CancellationToken ct);

    /// <summary>The judge sets or changes scores on the criteria named (others keep theirs), within the judging window.</summary>
    [Put("/api/awards/assignments/{id}/entries/{entryId}/scores")]
    Task<AssignmentResponse> ScoreAsync(Guid id, Guid entryId, [Body] ScoreRequest request, CancellationToken ct);

    /// <summary>The judge declares a conflict of interest on an assigned entry (a real one recuses).</summary>
    [Post("/api/awards/assignments/{id}/entries/{entryId}/conflict")]
    Task<AssignmentResponse> DeclareConflictAsync(Guid id, Guid entryId, [Body] DeclareConflictRequest request, CancellationToken ct);
}
