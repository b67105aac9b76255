namespace Federation.Awards.Domain;

// Scores: the judge sets or changes them on their city's copy while the judging window is open; every
// criterion set or changed leaves a line in the audit log. The secretariat keeps the latest sheet it hears.
public sealed partial class Assignment
{
    public const decimal MinScore = 0m;
    public const decimal MaxScore = 10m;

    /// <summary>
    /// Sets the scores of the criteria named; the others keep theirs. The same values again change nothing;
    /// any change raises the sheet's sequence.
    /// </summary>
    public StepResult Score(Actor by, Guid entryId, IReadOnlyList<Score> scores, DateTimeOffset now)
    {
        var check = ByJudge(by, entryId).Then(() => NotRecused(entryId)).Then(() => Judging.Require(now, "Judging"))
            .Then(() => scores.Count == 0 ? StepResult.Invalid("scores", "Score at least one criterion.") : CheckScores(scores));
        if (!check.Succeeded) return check;
        var held = SheetFor(entryId);
        var given = scores.Select(s => s with { Comment = string.IsNullOrWhiteSpace(s.Comment) ? null : s.Comment.Trim() }).ToList();
        var changed = given.Where(s => held?.On(s.CriterionKey) is not { } old || old.Value != s.Value || old.Comment != s.Comment).ToList();
        if (changed.Count == 0) return StepResult.Unchanged;

        var sequence = (held?.Sequence ?? 0) + 1;
        var merged = Criteria.Select(c => given.FirstOrDefault(s => s.CriterionKey == c.Key) ?? held?.On(c.Key)).OfType<Score>().ToList();
        Sheets.RemoveAll(s => s.EntryId == entryId);
        Sheets.Add(new JudgeSheet(entryId, merged, sequence, now));
        History.AddRange(changed.Select(s => new ScoreChange(JudgeId, entryId, s.CriterionKey, held?.On(s.CriterionKey)?.Value, s.Value, s.Comment, sequence, now)));
        UpdatedAt = now;
        return check;
    }

    /// <summary>
    /// The secretariat's copy hears a sheet. A sheet older than (or as old as) the one held changes nothing;
    /// so does one for an entry taken from the judge meanwhile.
    /// </summary>
    public StepResult ApplySheet(SheetSubmission submission)
    {
        var sheet = submission.Sheet;
        var check = SameAssignment(submission.Ref).Then(() => OnSecretariatCopy("Scoring"))
            .Then(() => CheckScores(sheet.Scores))
            .Then(() => Judging.IsOpenAt(sheet.SubmittedAt) ? StepResult.Ok : StepResult.Invalid("submittedAt", "The sheet was not submitted within the judging window."))
            .Then(() => submission.History.All(c => c.JudgeId == JudgeId && c.EntryId == sheet.EntryId) ? StepResult.Ok
                : StepResult.Invalid("history", "The history is of another judge's or entry's sheet."))
            .Then(() => !IsAssigned(sheet.EntryId) || SheetFor(sheet.EntryId)?.Sequence >= sheet.Sequence ? StepResult.Unchanged : StepResult.Ok);
        if (check.Kind != StepKind.Ok) return check;
        Sheets.RemoveAll(s => s.EntryId == sheet.EntryId);
        Sheets.Add(sheet);
        // The latest sheet carries the whole history, so a lost or overtaken older sheet loses no line of it.
        History.RemoveAll(c => c.EntryId == sheet.EntryId);
        History.AddRange(submission.History);
        UpdatedAt = sheet.SubmittedAt;
        return check;
    }

    public JudgeSheet? SheetFor(Guid entryId) => Sheets.FirstOrDefault(s => s.EntryId == entryId);

    /// <summary>What the judge's city sends the secretariat after a change; null before the first score.</summary>
    public SheetSubmission? Submission(Guid entryId) =>
        SheetFor(entryId) is { } sheet ? new SheetSubmission(Ref(), sheet, [.. History.Where(c => c.EntryId == entryId)]) : null;

    /// <summary>Whether the judge's scores of an assigned entry count in the ranking.</summary>
    public SheetStanding StandingOf(Guid entryId)
    {
        var conflict = ConflictOn(entryId);
        return Standing(conflict?.Kind, conflict?.Excluded == true, SheetFor(entryId) is not null);
    }

    /// <summary>The same rule for a reader holding only an entry's conflict (kind and ruling) and whether it was scored (the ranking's).</summary>
    public static SheetStanding Standing(ConflictKind? conflict, bool excluded, bool scored) =>
        conflict == ConflictKind.Real ? SheetStanding.Recused
        : conflict is not null && excluded ? SheetStanding.Excluded
        : !scored ? SheetStanding.Missing
        : SheetStanding.Counts;

    /// <summary>The sheets the ranking counts: of entries still assigned, with no real or excluded conflict.</summary>
    public IEnumerable<JudgeSheet> CountingSheets() =>
        Sheets.Where(s => IsAssigned(s.EntryId) && StandingOf(s.EntryId) == SheetStanding.Counts);

    private StepResult CheckScores(IReadOnlyList<Score> scores)
    {
        for (var i = 0; i < scores.Count; i++)
        {
            var (score, field) = (scores[i], $"scores[{i}]");
            if (Criteria.All(c => c.Key != score.CriterionKey))
                return StepResult.Invalid($"{field}.criterion", $"'{score.CriterionKey}' is not one of the cycle's criteria.");
            if (scores.Take(i).Any(s => s.CriterionKey == score.CriterionKey))
                return StepResult.Invalid($"{field}.criterion", $"'{score.CriterionKey}' is scored twice.");
            if (score.Value is < MinScore or > MaxScore)
                return StepResult.Invalid($"{field}.value", $"A score runs from {MinScore} to {MaxScore}, not {score.Value}.");
            if (decimal.Round(score.Value, 1) != score.Value)
                return StepResult.Invalid($"{field}.value", $"A score has at most one decimal, not {score.Value}.");
        }
        return StepResult.Ok;
    }
}
