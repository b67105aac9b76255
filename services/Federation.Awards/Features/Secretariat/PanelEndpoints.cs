using System.Security.Claims;
using Federation.Awards.Common;
using Federation.Awards.Domain;
using Federation.Awards.Storage;
using Federation.Contracts.Awards;
using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Awards.Features.Secretariat;

/// <summary>The secretariat's panel: the entries and judges it holds, judges put on the cycle, conflicts ruled on.</summary>
public static class PanelEndpoints
{
    private const int MaxAttempts = 3;

    public static void MapPanelApi(this RouteGroupBuilder cycle)
    {
        cycle.MapGet("/entries", Entries).WithSummary("The cycle's entries as the secretariat holds them");
        cycle.MapPost("/assignments", Assign).WithSummary("Puts an enrolled judge on the panel, or adds entries to their assignment");
        cycle.MapPost("/assignments/{judgeId:guid}/unassign", Unassign).WithSummary("Takes unscored entries from a judge");
        cycle.MapPost("/assignments/{judgeId:guid}/conflicts/{entryId:guid}/exclude", Exclude)
            .WithSummary("Excludes (or counts again) a judge's scores of an entry with a disclosed conflict");
        cycle.MapGet("/progress", Progress).WithSummary("Scoring progress per judge and entry");
    }

    public static async Task<Ok<List<JudgeResponse>>> Judges(AwardsDbContext db, ThisCity city, CancellationToken ct) =>
        TypedResults.Ok((await db.Judges.AsNoTracking().Where(j => j.HeldAt == city.Id && j.SecretariatCity == city.Id).ToListAsync(ct))
            .OrderBy(j => j.City).ThenBy(j => j.DisplayName).Select(j => j.ToResponse()).ToList());

    private static async Task<Results<Ok<List<EntryResponse>>, ProblemHttpResult>> Entries(Guid id, AwardsDbContext db, ThisCity city, CancellationToken ct)
    {
        if (await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is null) return AwardProblems.NotFound("cycle", id);
        var entries = await db.Entries.AsNoTracking().Where(e => e.CycleId == id && e.HeldAt == city.Id && e.NominatedAt != null).ToListAsync(ct);
        return TypedResults.Ok(entries.OrderBy(e => e.NominatedAt).Select(e => e.ToResponse()).ToList());
    }

    private static async Task<Results<Ok<ProgressResponse>, ProblemHttpResult>> Progress(Guid id, AwardsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cycle) return AwardProblems.NotFound("cycle", id);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.CycleId == id && a.HeldAt == cycle.HeldAt).ToListAsync(ct);
        return TypedResults.Ok(SecretariatViews.Progress(cycle, assignments, time.GetUtcNow()));
    }

    private static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Assign(
        Guid id, AssignJudgeRequest request, ClaimsPrincipal user, AwardsDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        if (request.JudgeId is not { } judgeId) return Invalid("judgeId", "judgeId is required.");
        var entryIds = request.EntryIds ?? [];
        for (var attempt = 1; ; attempt++)
        {
            if (await db.Cycles.FindAsync([id], ct) is not { } cycle) return AwardProblems.NotFound("cycle", id);
            var entries = await db.Entries.Where(e => entryIds.Contains(e.Id)).ToListAsync(ct);
            if (entryIds.FirstOrDefault(e => entries.All(x => x.Id != e)) is var unknown && unknown != Guid.Empty)
                return Invalid("entryIds", $"Entry {unknown} is not held here.");
            var ordered = entryIds.Distinct().Select(e => entries.First(x => x.Id == e)).ToList();
            var now = time.GetUtcNow();
            var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.CycleId == id && a.JudgeId == judgeId && a.HeldAt == city.Id, ct);
            AwardResult result;
            if (assignment is null)
            {
                if (await db.Judges.FindAsync([judgeId], ct) is not { } judge) return Invalid("judgeId", $"Judge {judgeId} is not enrolled here.");
                result = Assignment.Create(Actors.Of(user), cycle, judge, ordered, now, out assignment);
                if (result.Succeeded) db.Assignments.Add(assignment!);
            }
            else result = assignment.AssignEntries(Actors.Of(user), cycle, ordered, now);
            if (!result.Succeeded) return AwardProblems.Of<Ok<AssignmentResponse>>(result);
            if (result.Kind == AwardResultKind.Ok)
            {
                db.SendAssignment(assignment!, city.Id);
                if (await SavedAsync(db, ct) is false)
                {
                    if (attempt == MaxAttempts) return AwardProblems.ChangedMeanwhile();
                    continue;
                }
            }
            return TypedResults.Ok(assignment!.ToResponse(cycle, now));
        }
    }

    private static Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Unassign(
        Guid id, Guid judgeId, UnassignEntriesRequest request, ClaimsPrincipal user, AwardsDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        if (request.EntryIds is not { Count: > 0 } entryIds)
            return Task.FromResult<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>>(Invalid("entryIds", "Name the entries to take from the judge."));
        return OnAssignmentAsync(id, a => a.CycleId == id && a.JudgeId == judgeId && a.HeldAt == city.Id, db, time, ct,
            (a, cycle, now) => a.UnassignEntries(Actors.Of(user), cycle, entryIds, now), a => db.SendAssignment(a, city.Id));
    }

    private static Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Exclude(
        Guid id, Guid judgeId, Guid entryId, ExcludeConflictRequest request, ClaimsPrincipal user, AwardsDbContext db, ThisCity city,
        TimeProvider time, CancellationToken ct)
    {
        if (request.Exclude is not { } exclude)
            return Task.FromResult<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>>(Invalid("exclude", "exclude is required: true or false."));
        return OnAssignmentAsync(id, a => a.CycleId == id && a.JudgeId == judgeId && a.HeldAt == city.Id, db, time, ct,
            (a, cycle, now) => a.ExcludeConflict(Actors.Of(user), cycle, entryId, exclude, request.Reason, now), a => db.SendRuling(a, entryId, city.Id));
    }

    /// <summary>The same ruling addressed by the assignment: POST /api/awards/assignments/{id}/entries/{entryId}/exclusion.</summary>
    public static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Exclusion(
        Guid id, Guid entryId, ExcludeConflictRequest request, ClaimsPrincipal user, AwardsDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        if (await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.HeldAt == city.Id, ct) is not { } assignment)
            return AwardProblems.NotFound("assignment", id);
        return await Exclude(assignment.CycleId, assignment.JudgeId, entryId, request, user, db, city, time, ct);
    }

    private static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> OnAssignmentAsync(
        Guid id, System.Linq.Expressions.Expression<Func<Assignment, bool>> which, AwardsDbContext db, TimeProvider time, CancellationToken ct,
        Func<Assignment, AwardCycle, DateTimeOffset, AwardResult> step, Action<Assignment> tell)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await db.Cycles.FindAsync([id], ct) is not { } cycle) return AwardProblems.NotFound("cycle", id);
            if (await db.Assignments.FirstOrDefaultAsync(which, ct) is not { } assignment) return AwardProblems.NotFound("assignment in cycle", id);
            var now = time.GetUtcNow();
            var result = step(assignment, cycle, now);
            if (!result.Succeeded) return AwardProblems.Of<Ok<AssignmentResponse>>(result);
            if (result.Kind == AwardResultKind.Ok)
            {
                tell(assignment);
                if (await SavedAsync(db, ct) is false)
                {
                    if (attempt == MaxAttempts) return AwardProblems.ChangedMeanwhile();
                    continue;
                }
            }
            return TypedResults.Ok(assignment.ToResponse(cycle, now));
        }
    }

    private static async Task<bool> SavedAsync(AwardsDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static ValidationProblem Invalid(string field, string reason)
    {
        var problems = new InputProblems();
        problems.Add(field, reason);
        return problems.ToResult();
    }
}
