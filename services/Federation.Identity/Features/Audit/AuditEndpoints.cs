using System.Text.Json;
using Federation.Contracts;
using Federation.ServiceDefaults.Auth;

namespace Federation.Identity.Features.Audit;

/// <summary>The node's audit log, newest first, for its admins.</summary>
public static class AuditEndpoints
{
    public static void MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", List).WithTags("Audit").RequireAuthorization(Policies.Admin)
            .WithSummary("Every change to the node's organisations, people and roles: who, what, when, before and after");

    private static async Task<Results<Ok<ResultPage<AuditEntryResponse>>, ValidationProblem>> List(
        string? subject, string? page, string? pageSize, UserDbContext db, CancellationToken ct)
    {
        var problems = new InputProblems();
        var paging = Paging.Read(problems, page, pageSize);
        if (problems.Any) return problems.ToResult();
        var entries = db.AuditLog.AsQueryable();
        if (!string.IsNullOrWhiteSpace(subject)) entries = entries.Where(e => e.Subject == subject.Trim());
        var total = await entries.CountAsync(ct);
        var items = await paging.Of(entries.OrderByDescending(e => e.Id)).ToListAsync(ct);
        return TypedResults.Ok(new ResultPage<AuditEntryResponse>([.. items.Select(ToResponse)], paging.Page, paging.PageSize, total));
    }

    private static AuditEntryResponse ToResponse(AuditEntry e) => new(e.Id, e.At, e.ActorId, e.ActorName, e.Action, e.Subject,
        e.Before is null ? null : JsonDocument.Parse(e.Before).RootElement, e.After is null ? null : JsonDocument.Parse(e.After).RootElement);
}
