namespace Federation.Awards.Domain.Ranking;

/// <summary>Everything wrong with a ranking input, reported together so the secretariat fixes it in one pass.</summary>
internal static class RankingChecks
{
    public static IReadOnlyList<RankingProblem> Of(RankingInput input)
    {
        var problems = new List<RankingProblem>();
        CheckCriteria(input.Criteria, problems);
        CheckTieBreak(input.TieBreak, input.Criteria, problems);
        var entryIds = new HashSet<Guid>();
        foreach (var entry in input.Entries.Where(e => !entryIds.Add(e.Id)))
            problems.Add(new("entries", $"Entry {entry.Id} appears more than once."));
        CheckSheets(input.Sheets, input.Criteria, entryIds, problems);
        return problems;
    }

    private static void CheckCriteria(IReadOnlyList<Criterion> criteria, List<RankingProblem> problems)
    {
        foreach (var repeated in criteria.GroupBy(c => c.Key).Where(g => g.Count() > 1))
            problems.Add(new("criteria", $"Criterion '{repeated.Key}' appears more than once."));
        foreach (var criterion in criteria)
        {
            if (string.IsNullOrWhiteSpace(criterion.Key))
                problems.Add(new("criteria", "Every criterion needs a key."));
            if (criterion.Weight is < 1 or > 100 || criterion.Weight != decimal.Truncate(criterion.Weight))
                problems.Add(new("criteria", $"Criterion '{criterion.Key}' weighs {criterion.Weight}: a weight is a whole percentage from 1 to 100."));
        }
        var total = criteria.Sum(c => c.Weight);
        if (total != 100)
            problems.Add(new("criteria", $"The weights add up to {total}, not 100."));
    }

    private static void CheckTieBreak(TieBreak tieBreak, IReadOnlyList<Criterion> criteria, List<RankingProblem> problems)
    {
        if (!Enum.IsDefined(tieBreak.Rule))
            problems.Add(new("tieBreak", $"Unknown tie-break rule {tieBreak.Rule}."));
        else if (tieBreak.Rule == TieBreakRule.Criterion && !criteria.Any(c => c.Key == tieBreak.CriterionKey))
            problems.Add(new("tieBreak", $"The tie-break criterion '{tieBreak.CriterionKey}' is not one of the cycle's criteria."));
    }

    private static void CheckSheets(IReadOnlyList<ScoreSheet> sheets, IReadOnlyList<Criterion> criteria, HashSet<Guid> entryIds, List<RankingProblem> problems)
    {
        // By judge, then entry: one set of all the sheets would be a large object for every ranking of a large cycle.
        var seen = new Dictionary<string, HashSet<Guid>>(StringComparer.Ordinal);
        var keys = criteria.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            if (string.IsNullOrWhiteSpace(sheet.Judge))
                problems.Add(new("sheets", $"A sheet for entry {sheet.EntryId} has no judge."));
            if (!entryIds.Contains(sheet.EntryId))
                problems.Add(new("sheets", $"{Whose(sheet)}: the entry is not one of the cycle's entries."));
            var judge = sheet.Judge ?? "";
            if (!(seen.TryGetValue(judge, out var judged) ? judged : seen[judge] = []).Add(sheet.EntryId))
                problems.Add(new("sheets", $"{Whose(sheet)} appears more than once."));
            if (!Enum.IsDefined(sheet.Conflict))
                problems.Add(new("sheets", $"{Whose(sheet)} declares an unknown conflict {sheet.Conflict}."));
            else if (sheet.Excluded && sheet.Conflict == ConflictOfInterest.None)
                problems.Add(new("sheets", $"{Whose(sheet)} is excluded without a declared conflict: only a disclosed conflict is excluded."));
            foreach (var (key, score) in sheet.Scores)
            {
                if (!keys.Contains(key))
                    problems.Add(new("sheets", $"{Whose(sheet)} scores '{key}', which is not one of the cycle's criteria."));
                else if (score is < 0 or > 10)
                    problems.Add(new("sheets", $"{Whose(sheet)} scores {score} on '{key}': scores run from 0 to 10."));
            }
        }
    }

    // Written only for a problem, and static: a closure over each sheet would be made for every sheet of a large cycle.
    private static string Whose(ScoreSheet sheet) => $"Judge {sheet.Judge}'s sheet for entry {sheet.EntryId}";
}
