using Federation.Contracts;
using Federation.Contracts.Trials;
using Refit;

namespace Federation.Portal.Clients;

/// <summary>This city's trials service (the portal's client; a refusal throws, see <see cref="Federation.ServiceDefaults.Clients.ServiceClients"/>).</summary>
/// <remarks>Steps answer the trial as it now stands, but the portal redirects after them, so their answers are not read.</remarks>
public interface ITrialsApi
{
    /// <summary>The caller's trials (a startup its organisation's, an agency every one this node holds), most recently changed first.</summary>
    [Get("/api/trials")]
    Task<ResultPage<TrialSummary>> ListAsync(string? status, string? side, bool? overdue, int? page, int? pageSize, CancellationToken ct);

    [Get("/api/trials/{id}")]
    Task<TrialResponse> GetAsync(Guid id, CancellationToken ct);

    /// <summary>A startup's draft application.</summary>
    [Post("/api/trials")]
    Task<TrialResponse> ApplyAsync([Body] ApplyForTrialRequest request, CancellationToken ct);

    [Put("/api/trials/{id}")]
    Task<TrialResponse> UpdateDraftAsync(Guid id, [Body] ApplyForTrialRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/submit")]
    Task SubmitAsync(Guid id, CancellationToken ct);

    [Post("/api/trials/{id}/withdraw")]
    Task WithdrawAsync(Guid id, [Body] WithdrawRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/endorse")]
    Task EndorseAsync(Guid id, [Body] EndorseRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/decline")]
    Task DeclineAsync(Guid id, [Body] DeclineRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/accept")]
    Task AcceptAsync(Guid id, [Body] AcceptRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/reject")]
    Task RejectAsync(Guid id, [Body] RejectRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/measurements")]
    Task ReportMeasurementAsync(Guid id, [Body] ReportMeasurementRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/measurements/{measurementId}/review")]
    Task ReviewMeasurementAsync(Guid id, Guid measurementId, [Body] ReviewMeasurementRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/report")]
    Task SubmitFinalReportAsync(Guid id, [Body] FinalReportRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/verify")]
    Task VerifyAsync(Guid id, [Body] VerifyRequest request, CancellationToken ct);

    [Post("/api/trials/{id}/close")]
    Task CloseAsync(Guid id, CancellationToken ct);

    [Post("/api/trials/{id}/outcome")]
    Task RecordOutcomeAsync(Guid id, [Body] RecordOutcomeRequest request, CancellationToken ct);

    /// <summary>Trials verified in any member city, newest first.</summary>
    [Get("/api/trials/verified")]
    Task<ResultPage<VerifiedTrialResponse>> ListVerifiedAsync(string? city, Guid? solutionId, int? page, int? pageSize, CancellationToken ct);

    [Get("/api/trials/verified/{id}")]
    Task<VerifiedTrialResponse> GetVerifiedAsync(Guid id, CancellationToken ct);

    /// <summary>The signed certificate as the JSON file the host node wrote (its bytes are passed on unchanged).</summary>
    [Get("/api/trials/verified/{id}/certificate")]
    Task<HttpResponseMessage> GetCertificateAsync(Guid id, CancellationToken ct);

    /// <summary>The certificate's printable HTML page.</summary>
    [Get("/api/trials/verified/{id}/certificate/page")]
    Task<HttpResponseMessage> GetCertificatePageAsync(Guid id, CancellationToken ct);

    /// <summary>Whether a certificate's signature holds, and which city signed it.</summary>
    [Post("/api/trials/certificates/verify")]
    Task<VerifyCertificateResponse> VerifyCertificateAsync([Body] SignedCertificate certificate, CancellationToken ct);
}
