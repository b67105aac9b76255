namespace Federation.Awards.Features.Cycles;

/// <summary>A cycle between the domain and the wire: what is broadcast and what the API serves.</summary>
public static class CycleContracts
{
    private static readonly (TieBreakRule Rule, string Word)[] Rules =
        [(TieBreakRule.Criterion, "criterion"), (TieBreakRule.LowestSpread, "lowest-spread"), (TieBreakRule.EarliestEntry, "earliest-entry")];

    public static string Word(this TieBreakRule rule) => Rules.First(r => r.Rule == rule).Word;

    public static TieBreakRule? RuleNamed(string? word) => Rules.Where(r => r.Word == word).Select(r => (TieBreakRule?)r.Rule).FirstOrDefault();

    public static AwardWindow ToContract(this Window w) => new(w.Opens, w.Closes);

    public static Window FromContract(this AwardWindow w) => new(w.Opens, w.Closes);

    public static AwardCriterion ToContract(this Criterion c) => new(c.Key, c.Name, c.Weight);

    public static AwardTieBreak ToContract(this TieBreak t) => new(t.Rule.Word(), t.CriterionKey);

    public static AwardFinalist ToContract(this Finalist f) => new(f.EntryId, f.SolutionId, f.City, f.SolutionTitle);

    public static Finalist FromContract(this AwardFinalist f) => new(f.EntryId, f.SolutionId, f.City, f.SolutionTitle);

    public static AwardCycleOpened Opened(this AwardCycle c)
    {
        var t = c.Terms();
        var i = t.Input;
        return new AwardCycleOpened(new AwardCycleDefinition(t.CycleId, t.SecretariatCity, i.Year, i.Name, [.. i.Labels],
            [.. i.Criteria.Select(ToContract)], i.Nomination.ToContract(), i.Judging.ToContract(), i.Finalists, i.Winners,
            i.NormaliseScores, i.TieBreak.ToContract(), i.RequiresVerifiedTrial, t.OpenedAt)
        {
            NameTranslations = i.Translations.Name,
            LabelNames = i.Translations.Labels,
        });
    }

    /// <summary>The translations a message carries; none from a city of an earlier release, which sends no maps.</summary>
    public static CycleTranslations Translations(IReadOnlyDictionary<string, string>? name,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? labels) =>
        new(name ?? CycleTranslations.None.Name, labels ?? CycleTranslations.None.Labels);

    /// <summary>The broadcast call as the domain reads it; an unknown tie-break rule is refused by the domain's checks.</summary>
    public static CycleTerms Terms(this AwardCycleDefinition d) => new(d.CycleId, d.SecretariatCity,
        new CycleInput(d.Year, d.Name, [.. d.Labels], [.. d.Criteria.Select(c => new Criterion(c.Key, c.Name, c.Weight))],
            d.Nomination.FromContract(), d.Judging.FromContract(), d.Finalists, d.Winners, d.NormaliseScores,
            new TieBreak(RuleNamed(d.TieBreak.Rule) ?? (TieBreakRule)(-1), d.TieBreak.Criterion), d.RequiresVerifiedTrial)
        {
            Translations = Translations(d.NameTranslations, d.LabelNames),
        }, d.OpenedAt);

    public static AwardCycleRescheduled Rescheduled(this AwardCycle c)
    {
        var s = c.Schedule();
        return new AwardCycleRescheduled(s.CycleId, s.SecretariatCity, s.Nomination.ToContract(), s.Judging.ToContract(), s.At);
    }

    public static CycleSchedule Schedule(this AwardCycleRescheduled m) =>
        new(m.CycleId, m.SecretariatCity, m.Nomination.FromContract(), m.Judging.FromContract(), m.RescheduledAt);

    public static CycleResponse ToResponse(this AwardCycle c, DateTimeOffset now) => new(
        c.Id, c.SecretariatCity, c.Year, c.Name, [.. c.Labels], [.. c.Criteria.Select(ToContract)], c.Nomination.ToContract(),
        c.Judging.ToContract(), c.FinalistCount, c.WinnerCount, c.NormaliseScores, c.TieBreak.ToContract(), c.RequiresVerifiedTrial,
        c.StatusAt(now).ToString().ToLowerInvariant(), [.. c.Finalists.Select(ToContract)],
        [.. c.Winners.Select(w => new AwardWinnerChoice(w.Label, w.Entry.EntryId, w.FollowsRanking, w.Reason))], c.OpenedAt, c.PublishedAt)
    {
        NameTranslations = c.NameTranslations,
        LabelNames = c.Translations().Labels,
        AnnouncementTranslations = c.AnnouncementTranslations,
    };
}
