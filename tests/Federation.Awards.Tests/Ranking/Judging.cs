namespace Federation.Awards.Tests.Ranking;

/// <summary>
/// A GO SMART cycle in these tests: its four weighted criteria, entries numbered 1 to 4 submitted on
/// given days of November 2024, and judges J1 to J4.
/// </summary>
internal static class Judging
{
    public static readonly Criterion[] GoSmart =
        [new("cross-domain", "Cross-domain", 30), new("impact", "Impact", 30), new("functionality", "Functionality", 20), new("innovation", "Innovation", 20)];

    public static readonly TieBreak EarliestEntry = new(TieBreakRule.EarliestEntry);

    public static readonly TieBreak LowestSpread = new(TieBreakRule.LowestSpread);

    public static TieBreak OnCriterion(string key) => new(TieBreakRule.Criterion, key);

    public static EntryToRank Entry(int number, int day) => new(Id(number), new DateTimeOffset(2024, 11, day, 12, 0, 0, TimeSpan.Zero));

    public static Guid Id(int number) => new($"00000000-0000-0000-0000-{number:D12}");

    /// <summary>A sheet scoring the four criteria in the order cross-domain, impact, functionality, innovation.</summary>
    public static ScoreSheet Sheet(string judge, int entry, decimal crossDomain, decimal impact, decimal functionality, decimal innovation,
        ConflictOfInterest conflict = ConflictOfInterest.None, bool excluded = false) =>
        new(judge, Id(entry), new Dictionary<string, decimal>
        {
            ["cross-domain"] = crossDomain,
            ["impact"] = impact,
            ["functionality"] = functionality,
            ["innovation"] = innovation,
        }, conflict, excluded);

    /// <summary>The same score on every criterion, so the sheet's weighted value is that score.</summary>
    public static ScoreSheet Flat(string judge, int entry, decimal score, ConflictOfInterest conflict = ConflictOfInterest.None, bool excluded = false) =>
        Sheet(judge, entry, score, score, score, score, conflict, excluded);

    public static ScoreSheet Partial(string judge, int entry, params (string Key, decimal Score)[] scores) =>
        new(judge, Id(entry), scores.ToDictionary(s => s.Key, s => s.Score));

    public static RankingResult Rank(EntryToRank[] entries, ScoreSheet[] sheets, TieBreak? tieBreak = null, bool normalise = false) =>
        AwardRanking.Rank(new RankingInput(GoSmart, normalise, tieBreak ?? EarliestEntry, entries, sheets));

    public static EntryStanding Of(this RankingResult result, int entry) => result.Standings.Single(s => s.EntryId == Id(entry));

    /// <summary>Each standing as (entry number, rank, score to 2 places), in the order listed.</summary>
    public static (int Entry, int? Rank, decimal? Score)[] Table(this RankingResult result) =>
        result.Standings.Select(s => (Number(s.EntryId), s.Rank, s.Score)).ToArray();

    private static int Number(Guid id) => int.Parse(id.ToString()[^12..]);
}
