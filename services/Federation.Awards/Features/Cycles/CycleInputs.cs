namespace Federation.Awards.Features.Cycles;

/// <summary>Reads an <see cref="OpenCycleRequest"/>: what is missing or malformed is named here, the rules are the domain's.</summary>
public static class CycleInputs
{
    public static bool TryRead(OpenCycleRequest r, DateTimeOffset now, out CycleInput input, out InputProblems found)
    {
        var problems = found = new InputProblems();
        var year = problems.Range("year", r.Year, 2000, 9999);
        var name = problems.Text("name", r.Name, CycleLimits.NameLength);
        var labels = problems.Items("labels", r.Labels, CycleLimits.Labels, (l, at) => problems.Text(at, l, CycleLimits.LabelLength));
        var translations = new CycleTranslations(Translations(problems, "nameTranslations", r.NameTranslations, CycleLimits.NameLength),
            (r.LabelNames ?? CycleTranslations.None.Labels).ToDictionary(l => l.Key,
                l => Translations(problems, $"labelNames.{l.Key}", l.Value, CycleLimits.LabelLength)));
        List<Criterion> criteria = r.Criteria is null || r.Criteria.Count == 0
            ? [.. Criterion.Defaults]
            : problems.Items("criteria", r.Criteria, CycleLimits.Criteria, (c, at) => new Criterion(
                problems.Text($"{at}.key", c.Key, CycleLimits.CriterionKeyLength), problems.Text($"{at}.name", c.Name, CycleLimits.CriterionNameLength),
                Weight(problems, at, c.Weight)));
        var nominationOpens = r.NominationOpens ?? now;
        var nominationCloses = Required(problems, "nominationCloses", r.NominationCloses);
        var judgingOpens = Required(problems, "judgingOpens", r.JudgingOpens);
        var judgingCloses = Required(problems, "judgingCloses", r.JudgingCloses);
        var finalists = problems.Range("finalists", r.Finalists, 1, CycleLimits.MostEntries);
        var winners = problems.Range("winners", r.Winners, 1, CycleLimits.MostEntries);
        var tieBreak = TieBreak.DefaultFor(criteria.Count > 0 ? criteria : Criterion.Defaults);
        if (r.TieBreak is not null)
        {
            var rule = CycleContracts.RuleNamed(problems.OneOf("tieBreak.rule", r.TieBreak.Rule, AwardVocabulary.TieBreakRules));
            tieBreak = new TieBreak(rule ?? TieBreakRule.Criterion,
                problems.OptionalText("tieBreak.criterion", r.TieBreak.Criterion, CycleLimits.CriterionKeyLength));
        }
        input = new CycleInput(year, name, labels, criteria, new Window(nominationOpens, nominationCloses),
            new Window(judgingOpens, judgingCloses), finalists, winners, r.NormaliseScores ?? false, tieBreak, r.RequiresVerifiedTrial ?? false)
        {
            Translations = translations,
        };
        return !problems.Any;
    }

    /// <summary>
    /// A text in other languages, read as the catalogue reads a listing's title (language tags, lengths, no
    /// control characters); absent or empty is none, since the English text is the one required.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Translations(InputProblems problems, string field,
        IReadOnlyDictionary<string, string>? map, int maxLength) =>
        map is null || map.Count == 0 ? new Dictionary<string, string>() : problems.Languages(field, map, maxLength);

    private static decimal Weight(InputProblems problems, string at, decimal? weight)
    {
        if (weight is null) problems.Add($"{at}.weight", FieldCodes.Required, $"{at}.weight is required.");
        return weight ?? 0;
    }

    private static DateTimeOffset Required(InputProblems problems, string field, DateTimeOffset? value)
    {
        if (value is null) problems.Add(field, FieldCodes.Required, $"{field} is required.");
        return value ?? default;
    }
}
