using Federation.Awards.Features.Notifications;
using System.Text;
using Federation.Awards.Features.Cycles;
using Federation.Awards.Features.Results;

namespace Federation.Awards.Features.Secretariat;

/// <summary>The secretariat's last steps: the ranking (as data, chart and score sheet), the shortlist, the winners, publication.</summary>
public static class FinaleEndpoints
{
    public static void MapFinaleApi(this IEndpointRouteBuilder app)
    {
        var cycle = app.MapSecretariatCycleGroup();
        cycle.MapGet("/ranking", Ranking).WithSummary("The ranking of the nominated entries over the sheets that count");
        cycle.MapGet("/ranking/chart", Chart).Produces(200, contentType: "image/svg+xml").WithSummary("The ranking as an SVG bar chart");
        cycle.MapGet("/scores.csv", Scores).Produces(200, contentType: "text/csv").WithSummary("Every score per judge, entry and criterion, with comments");
        cycle.MapPost("/shortlist", Shortlist).WithSummary("The finalists, once judging has closed");
        cycle.MapPost("/winners", ChooseWinners).WithSummary("The winners per label, with a reason where the ranking is not followed");
        cycle.MapPost("/publish", Publish).WithSummary("Publishes the results; every city and every catalogue shows them");
    }

    private static async Task<Results<Ok<RankingResponse>, ValidationProblem, ProblemHttpResult>> Ranking(
        Guid id, AwardsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cycle) return StepProblems.NotFound("cycle", id);
        var ranking = await CycleRanking.ComputeAsync(db, cycle, ct);
        return ranking.Result.Succeeded ? TypedResults.Ok(ranking.ToResponse(time.GetUtcNow())) : Unrankable(ranking);
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> Chart(
        Guid id, AwardsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cycle) return StepProblems.NotFound("cycle", id);
        var ranking = await CycleRanking.ComputeAsync(db, cycle, ct);
        if (!ranking.Result.Succeeded) return Unrankable(ranking);
        return TypedResults.Content(RankingExports.Chart(cycle, ranking.ToResponse(time.GetUtcNow())), "image/svg+xml", Encoding.UTF8);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Scores(Guid id, AwardsDbContext db, CancellationToken ct)
    {
        if (await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cycle) return StepProblems.NotFound("cycle", id);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.CycleId == id && a.HeldAt == cycle.HeldAt).ToListAsync(ct);
        var entries = await db.Entries.AsNoTracking().Where(e => e.CycleId == id).ToListAsync(ct);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble()
            .Concat(Encoding.UTF8.GetBytes(RankingExports.Csv(cycle, assignments, entries))).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"award-{cycle.Year}-scores.csv");
    }

    private static Task<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>> Shortlist(
        Guid id, ShortlistRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, CancellationToken ct) =>
        request.EntryIds is not { Count: > 0 } entryIds ? Early("entryIds", FieldCodes.Required, "entryIds names the finalists.")
        : steps.OnCycleAsync(db, id, user, (c, ct) => db.Entries.Where(e => e.CycleId == c.Id && e.HeldAt == c.HeldAt).ToListAsync(ct),
            (c, entries, by, now) => c.Shortlist(by, entryIds, entries, now), null, ct);

    private static Task<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>> ChooseWinners(
        Guid id, ChooseWinnersRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, CancellationToken ct)
    {
        var problems = new InputProblems();
        var choices = problems.Items("winners", request.Winners, CycleLimits.MostEntries, (w, at) =>
        {
            var label = problems.Text($"{at}.label", w.Label, CycleLimits.LabelLength);
            if (w.EntryId is null) problems.Add($"{at}.entryId", FieldCodes.Required, $"{at}.entryId is required.");
            return new WinnerChoice(label, w.EntryId ?? Guid.Empty, problems.OptionalText($"{at}.reason", w.Reason, CycleLimits.ReasonLength));
        });
        if (problems.Any) return Task.FromResult<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>>(problems.ToResult());
        return steps.OnCycleAsync(db, id, user, (c, ct) => CycleRanking.ComputeAsync(db, c, ct),
            (c, ranking, by, now) => c.ChooseWinners(by, choices, ranking.Order(), now), null, ct);
    }

    private static Task<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>> Publish(
        Guid id, PublishRequest? request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, CancellationToken ct)
    {
        var problems = new InputProblems();
        var announcement = problems.OptionalText("announcement", request?.Announcement, CycleLimits.AnnouncementLength);
        var translations = CycleInputs.Translations(problems, "announcementTranslations", request?.AnnouncementTranslations, CycleLimits.AnnouncementLength);
        if (problems.Any) return Task.FromResult<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>>(problems.ToResult());
        return steps.OnCycleAsync(db, id, user, (c, by, now) => c.Publish(by, announcement, now, translations),
            (c, _) =>
            {
                var results = c.Results()!.ToMessage();
                db.Publish(results);
                // The secretariat's own city learns of them here, not from the broadcast: its agencies are told now.
                db.NotifyResults(c.SecretariatCity, results);
            }, ct);
    }

    // The ranking's checks are the domain's, in its words only: no code fits them better than invalid.
    private static ValidationProblem Unrankable(CycleRanking ranking)
    {
        var problems = new InputProblems();
        foreach (var p in ranking.Result.Problems) problems.Add(p.Field, FieldCodes.Invalid, p.Reason);
        var result = problems.ToResult();
        result.ProblemDetails.Title = "The cycle's sheets cannot be ranked";
        return result;
    }

    private static Task<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>> Early(string field, string code, string reason) =>
        Task.FromResult<Results<Ok<CycleResponse>, ValidationProblem, ProblemHttpResult>>(InputProblems.One(field, code, reason));
}
