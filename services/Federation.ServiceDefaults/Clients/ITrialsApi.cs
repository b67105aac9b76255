using Federation.Contracts;
using Federation.Contracts.Trials;
using RestEase;

namespace Federation.ServiceDefaults.Clients;

/// <summary>This city's trials service (the portal's client: every call answers with its status, never throws for one).</summary>
/// <remarks>Steps answer the trial as it now stands, but the portal redirects after them, so they are read as plain responses.</remarks>
[AllowAnyStatusCode]
public interface ITrialsApi
{
    /// <summary>The caller's trials (a startup its organisation's, an agency every one this node holds), most recently changed first.</summary>
    [Get("api/trials")]
    Task<Response<ResultPage<TrialSummary>>> ListAsync([Query] string? status, [Query] string? side, [Query] bool? overdue,
        [Query] int? page, [Query] int? pageSize, CancellationToken ct);

    [Get("api/trials/{id}")]
    Task<Response<TrialResponse>> GetAsync([Path] Guid id, CancellationToken ct);

    /// <summary>A startup's draft application.</summary>
    [Post("api/trials")]
    Task<Response<TrialResponse>> ApplyAsync([Body] ApplyForTrialRequest request, CancellationToken ct);

    [Put("api/trials/{id}")]
    Task<Response<TrialResponse>> UpdateDraftAsync([Path] Guid id, [Body] ApplyForTrialRequest request, CancellationToken ct);

    [Post("api/trials/{id}/submit")]
    Task<HttpResponseMessage> SubmitAsync([Path] Guid id, CancellationToken ct);

    [Post("api/trials/{id}/withdraw")]
    Task<HttpResponseMessage> WithdrawAsync([Path] Guid id, [Body] WithdrawRequest request, CancellationToken ct);

    [Post("api/trials/{id}/endorse")]
    Task<HttpResponseMessage> EndorseAsync([Path] Guid id, [Body] EndorseRequest request, CancellationToken ct);

    [Post("api/trials/{id}/decline")]
    Task<HttpResponseMessage> DeclineAsync([Path] Guid id, [Body] DeclineRequest request, CancellationToken ct);

    [Post("api/trials/{id}/accept")]
    Task<HttpResponseMessage> AcceptAsync([Path] Guid id, [Body] AcceptRequest request, CancellationToken ct);

    [Post("api/trials/{id}/reject")]
    Task<HttpResponseMessage> RejectAsync([Path] Guid id, [Body] RejectRequest request, CancellationToken ct);

    [Post("api/trials/{id}/measurements")]
    Task<HttpResponseMessage> ReportMeasurementAsync([Path] Guid id, [Body] ReportMeasurementRequest request, CancellationToken ct);

    [Post("api/trials/{id}/measurements/{measurementId}/review")]
    Task<HttpResponseMessage> ReviewMeasurementAsync([Path] Guid id, [Path] Guid measurementId, [Body] ReviewMeasurementRequest request, CancellationToken ct);

    [Post("api/trials/{id}/report")]
    Task<HttpResponseMessage> SubmitFinalReportAsync([Path] Guid id, [Body] FinalReportRequest request, CancellationToken ct);

    [Post("api/trials/{id}/verify")]
    Task<HttpResponseMessage> VerifyAsync([Path] Guid id, [Body] VerifyRequest request, CancellationToken ct);

    [Post("api/trials/{id}/close")]
    Task<HttpResponseMessage> CloseAsync([Path] Guid id, CancellationToken ct);

    [Post("api/trials/{id}/outcome")]
    Task<HttpResponseMessage> RecordOutcomeAsync([Path] Guid id, [Body] RecordOutcomeRequest request, CancellationToken ct);

    /// <summary>Trials verified in any member city, newest first.</summary>
    [Get("api/trials/verified")]
    Task<Response<ResultPage<VerifiedTrialResponse>>> ListVerifiedAsync([Query] string? city, [Query] Guid? solutionId, [Query] int? page, [Query] int? pageSize, CancellationToken ct);

    [Get("api/trials/verified/{id}")]
    Task<Response<VerifiedTrialResponse>> GetVerifiedAsync([Path] Guid id, CancellationToken ct);

    /// <summary>The signed certificate as the JSON file the host node wrote (its bytes are passed on unchanged).</summary>
    [Get("api/trials/verified/{id}/certificate")]
    Task<HttpResponseMessage> GetCertificateAsync([Path] Guid id, CancellationToken ct);

    /// <summary>The certificate's printable HTML page.</summary>
    [Get("api/trials/verified/{id}/certificate/page")]
    Task<HttpResponseMessage> GetCertificatePageAsync([Path] Guid id, CancellationToken ct);

    /// <summary>Whether a certificate's signature holds, and which city signed it.</summary>
    [Post("api/trials/certificates/verify")]
    Task<Response<VerifyCertificateResponse>> VerifyCertificateAsync([Body] SignedCertificate certificate, CancellationToken ct);
}
