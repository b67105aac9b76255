namespace Federation.Awards.Tests.Federation;

/// <summary>
/// State arranged straight in the secretariat's (taipei's) database through the domain's own steps, as the
/// messages of the cities would bring it: nominated entries, enrolled judges, score sheets.
/// </summary>
internal static class Arranged
{
    private const string Secretariat = "taipei";

    public static Task<Guid> EntryAsync(AwardsFederation federation, Guid cycleId, string city, Guid solutionId, string title) =>
        federation.WithAwardsDbAsync(Secretariat, async db =>
        {
            var cycle = (await db.Cycles.FindAsync(cycleId))!;
            var submission = new EntrySubmission(Guid.NewGuid(), cycleId, city, Secretariat, solutionId,
                new Dictionary<string, string> { ["en"] = title }, new Dictionary<string, string> { ["en"] = "Shows arrivals." }, [],
                "It cut waiting, by a fifth.", null, $"{city} agency", DateTimeOffset.UtcNow.AddMinutes(-30));
            Ok(Entry.Receive(submission, cycle, Secretariat, out var entry));
            db.Entries.Add(entry!);
            await db.SaveChangesAsync();
            return entry!.Id;
        });

    public static Task<Guid> JudgeAsync(AwardsFederation federation, string city, string name) =>
        federation.WithAwardsDbAsync(Secretariat, async db =>
        {
            var enrolment = new JudgeEnrolment(Guid.NewGuid(), city, Secretariat, $"user-{Guid.NewGuid():N}", $"judge@{city}", name,
                "University", ["mobility"], $"{city} agency", DateTimeOffset.UtcNow);
            Ok(Judge.Receive(enrolment, Secretariat, out var judge));
            db.Judges.Add(judge!);
            await db.SaveChangesAsync();
            return judge!.Id;
        });

    /// <summary>The judge's sheet of the entry, as their city would send it (one change per criterion).</summary>
    public static Task SheetAsync(AwardsFederation federation, Guid cycleId, Guid judgeId, Guid entryId, params (string Criterion, decimal Value, string? Comment)[] scores) =>
        federation.WithAwardsDbAsync(Secretariat, async db =>
        {
            var assignment = db.Assignments.AsEnumerable().Single(a => a.CycleId == cycleId && a.JudgeId == judgeId && a.HeldAt == Secretariat);
            var at = DateTimeOffset.UtcNow;
            var sheet = new JudgeSheet(entryId, [.. scores.Select(s => new Score(s.Criterion, s.Value, s.Comment))], 1, at);
            var history = scores.Select(s => new ScoreChange(judgeId, entryId, s.Criterion, null, s.Value, s.Comment, 1, at)).ToList();
            Ok(assignment.ApplySheet(new SheetSubmission(assignment.Ref(), sheet, history)));
            await db.SaveChangesAsync();
            return true;
        });

    /// <summary>The judge's declared conflict on the entry, as their city would send it.</summary>
    public static Task ConflictAsync(AwardsFederation federation, Guid cycleId, Guid judgeId, Guid entryId, ConflictKind kind) =>
        federation.WithAwardsDbAsync(Secretariat, async db =>
        {
            var assignment = db.Assignments.AsEnumerable().Single(a => a.CycleId == cycleId && a.JudgeId == judgeId && a.HeldAt == Secretariat);
            Ok(assignment.ApplyConflict(new ConflictDeclaration(assignment.Ref(), entryId, kind, "Former adviser to the team", DateTimeOffset.UtcNow)));
            await db.SaveChangesAsync();
            return true;
        });

    /// <summary>Every default criterion scored <paramref name="value"/>.</summary>
    public static (string, decimal, string?)[] All(decimal value, string? comment = null) =>
        [("cross-domain", value, comment), ("impact", value, null), ("functionality", value, null), ("innovation", value, null)];

    private static void Ok(StepResult result) => Assert.True(result.Kind == StepKind.Ok, $"Expected Ok, got {result}");
}
