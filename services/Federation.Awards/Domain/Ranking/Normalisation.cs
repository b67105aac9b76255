namespace Federation.Awards.Domain.Ranking;

/// <summary>
/// Scores each judge against their own scale, so that a harsh judge's entries are not behind a lenient
/// judge's: each counting sheet becomes a z-score within its judge's counting sheets, an entry's z is the
/// average of its sheets' z, and that is mapped back onto 0-10 with the mean and spread of all counting sheets.
/// </summary>
internal static class Normalisation
{
    public static IReadOnlyDictionary<Guid, decimal> Scores(IReadOnlyList<CountingSheet> counting)
    {
        if (counting.Count == 0)
            return new Dictionary<Guid, decimal>();
        var zs = counting.GroupBy(c => c.Sheet.Judge, StringComparer.Ordinal).SelectMany(ZScores);
        var all = counting.Select(c => c.Value).ToList();
        var (mean, spread) = (Statistics.Mean(all), Statistics.StandardDeviation(all));
        // With no spread at all (spread = 0) every entry maps to the mean, which is what the formula gives.
        return zs.GroupBy(z => z.EntryId)
            .ToDictionary(g => g.Key, g => Math.Clamp(mean + g.Average(z => z.Z) * spread, 0m, 10m));
    }

    private static IEnumerable<(Guid EntryId, decimal Z)> ZScores(IEnumerable<CountingSheet> judgesSheets)
    {
        var sheets = judgesSheets.ToList();
        var values = sheets.Select(s => s.Value).ToList();
        var (mean, spread) = (Statistics.Mean(values), Statistics.StandardDeviation(values));
        // One sheet, or the same value everywhere, says nothing about where this judge's scale lies:
        // the judge counts as neutral (z = 0) rather than as harsh or lenient.
        return sheets.Select(s => (s.Sheet.EntryId, sheets.Count < 2 || spread == 0 ? 0m : (s.Value - mean) / spread));
    }
}
