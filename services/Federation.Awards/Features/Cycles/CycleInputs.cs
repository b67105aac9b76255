using Federation.Awards.Domain;
using Federation.Contracts.Awards;
using Federation.ServiceDefaults.Http;

namespace Federation.Awards.Features.Cycles;

/// <summary>Reads an <see cref="OpenCycleRequest"/>: what is missing or malformed is named here, the rules are the domain's.</summary>
public static class CycleInputs
{
    public static bool TryRead(OpenCycleRequest r, DateTimeOffset now, out CycleInput input, out InputProblems found)
    {
        var problems = found = new InputProblems();
        var year = problems.Range("year", r.Year, 2000, 9999);
        var name = problems.Text("name", r.Name, 200);
        if (r.Labels is null || r.Labels.Count == 0) problems.Add("labels", "labels needs at least one award label.");
        List<Criterion> criteria = r.Criteria is null || r.Criteria.Count == 0
            ? [.. Criterion.Defaults]
            : [.. r.Criteria.Select((c, i) => new Criterion(
                problems.Text($"criteria[{i}].key", c.Key, 40), problems.Text($"criteria[{i}].name", c.Name, 100), Weight(problems, i, c.Weight)))];
        var nominationOpens = r.NominationOpens ?? now;
        var nominationCloses = Required(problems, "nominationCloses", r.NominationCloses);
        var judgingOpens = Required(problems, "judgingOpens", r.JudgingOpens);
        var judgingCloses = Required(problems, "judgingCloses", r.JudgingCloses);
        var finalists = problems.Range("finalists", r.Finalists, 1, 100);
        var winners = problems.Range("winners", r.Winners, 1, 100);
        var tieBreak = TieBreak.DefaultFor(criteria.Count > 0 ? criteria : Criterion.Defaults);
        if (r.TieBreak is not null)
        {
            var rule = CycleContracts.RuleNamed(problems.OneOf("tieBreak.rule", r.TieBreak.Rule, AwardVocabulary.TieBreakRules));
            tieBreak = new TieBreak(rule ?? TieBreakRule.Criterion, string.IsNullOrWhiteSpace(r.TieBreak.Criterion) ? null : r.TieBreak.Criterion.Trim());
        }
        input = new CycleInput(year, name, [.. r.Labels ?? []], criteria, new Window(nominationOpens, nominationCloses),
            new Window(judgingOpens, judgingCloses), finalists, winners, r.NormaliseScores ?? false, tieBreak, r.RequiresVerifiedTrial ?? false);
        return !problems.Any;
    }

    private static decimal Weight(InputProblems problems, int i, decimal? weight)
    {
        if (weight is null) problems.Add($"criteria[{i}].weight", $"criteria[{i}].weight is required.");
        return weight ?? 0;
    }

    private static DateTimeOffset Required(InputProblems problems, string field, DateTimeOffset? value)
    {
        if (value is null) problems.Add(field, $"{field} is required.");
        return value ?? default;
    }
}
