using System.Text.Json;
using Federation.Contracts;
using Federation.Contracts.Trials;
using Federation.Trials.Features.Certificates;

namespace Federation.Trials.Features.Verified;

/// <summary>The public record of verified trials, in every city: list, detail, certificate and its printable page.</summary>
public static class VerifiedTrials
{
    public static void MapVerifiedTrialsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/trials/verified").WithTags("Verified trials").AllowAnonymous();
        api.MapGet("/", List).WithSummary("Trials verified in any member city, newest first; ?city= lists those one city hosted");
        api.MapGet("/{trialId}", Get).WithSummary("One verified trial: verdict, KPI results and outcome");
        api.MapGet("/{trialId}/certificate", Certificate)
            .WithSummary("The signed certificate of demonstration, as a JSON file to keep or to have verified at any node");
        api.MapGet("/{trialId}/certificate/page", Page).WithSummary("The certificate as a printable page");
    }

    /// <summary>The signed certificate of a trial verified by its host, if this node has heard of it.</summary>
    public static async Task<SignedCertificate?> CertificateAsync(TrialsDbContext db, Guid trialId, CancellationToken ct) =>
        (await db.VerifiedTrials.AsNoTracking().FirstOrDefaultAsync(v => v.TrialId == trialId, ct))?.Certificate;

    private static async Task<Results<Ok<ResultPage<VerifiedTrialResponse>>, ValidationProblem>> List(
        string? city, string? solutionId, string? page, string? pageSize, TrialsDbContext db, MemberList members, CancellationToken ct)
    {
        var problems = new InputProblems();
        var host = string.IsNullOrWhiteSpace(city) ? null : city.Trim().ToLowerInvariant();
        if (host is not null && !members.Contains(host)) problems.Add("city", FieldCodes.NotAMemberCity, $"'{city}' is not a member city.", ("city", city!));
        Guid? solution = null;
        if (!string.IsNullOrWhiteSpace(solutionId))
            if (Guid.TryParse(solutionId, out var parsed)) solution = parsed;
            else problems.Add("solutionId", FieldCodes.NotAnId, "solutionId is not an id.");
        var paging = Paging.Read(problems, page, pageSize);
        if (problems.Any) return problems.ToResult();

        var query = db.VerifiedTrials.AsNoTracking().Where(v => v.Certificate != null);
        if (host is not null) query = query.Where(v => v.HostCity == host);
        if (solution is not null) query = query.Where(v => v.SolutionId == solution);
        var total = await query.CountAsync(ct);
        var rows = await paging.Of(query.OrderByDescending(v => v.VerifiedAt).ThenBy(v => v.TrialId)).ToListAsync(ct);
        return TypedResults.Ok(new ResultPage<VerifiedTrialResponse>([.. rows.Select(r => r.ToResponse()!)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<VerifiedTrialResponse>, ProblemHttpResult>> Get(Guid trialId, TrialsDbContext db, CancellationToken ct) =>
        (await FindAsync(db, trialId, ct))?.ToResponse() is { } found ? TypedResults.Ok(found) : NotVerified(trialId);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Certificate(Guid trialId, TrialsDbContext db, CancellationToken ct)
    {
        if ((await FindAsync(db, trialId, ct))?.Certificate is not { } signed) return NotVerified(trialId);
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(signed, Readable), "application/json", $"certificate-{trialId}.json");
    }

    private static async Task<Results<RazorComponentResult<CertificatePage>, ProblemHttpResult>> Page(Guid trialId, TrialsDbContext db, CancellationToken ct) =>
        (await FindAsync(db, trialId, ct))?.Certificate is { } signed
            ? CertificatePage.Of(signed)
            : NotVerified(trialId);

    // A downloaded certificate shows its Chinese and Korean titles as written, not as \u escapes.
    private static readonly JsonSerializerOptions Readable = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static Task<VerifiedTrial?> FindAsync(TrialsDbContext db, Guid trialId, CancellationToken ct) =>
        db.VerifiedTrials.AsNoTracking().FirstOrDefaultAsync(v => v.TrialId == trialId && v.Certificate != null, ct);

    private static ProblemHttpResult NotVerified(Guid trialId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: $"No verified trial {trialId} has reached this node.");
}
