using System.Runtime.InteropServices;

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
        // Each entry's z-scores summed judge by judge, the judges in the order first seen: decimals round at 28 digits,
        // so the order of a sum is kept as it always was.
        var zs = new Dictionary<Guid, (decimal Sum, int Count)>();
        foreach (var judgesSheets in ByJudge(counting))
        {
            var (judgesMean, judgesSpread) = (Statistics.Mean(judgesSheets), Statistics.StandardDeviation(judgesSheets));
            foreach (var sheet in judgesSheets)
            {
                // One sheet, or the same value everywhere, says nothing about where this judge's scale lies:
                // the judge counts as neutral (z = 0) rather than as harsh or lenient.
                var z = judgesSheets.Count < 2 || judgesSpread == 0 ? 0m : (sheet.Value - judgesMean) / judgesSpread;
                ref var of = ref CollectionsMarshal.GetValueRefOrAddDefault(zs, sheet.Sheet.EntryId, out var seen);
                of = seen ? (of.Sum + z, of.Count + 1) : (z, 1);
            }
        }
        var (mean, spread) = (Statistics.Mean(counting), Statistics.StandardDeviation(counting));
        // With no spread at all (spread = 0) every entry maps to the mean, which is what the formula gives.
        return zs.ToDictionary(e => e.Key, e => Math.Clamp(mean + e.Value.Sum / e.Value.Count * spread, 0m, 10m));
    }

    private static List<List<CountingSheet>> ByJudge(IReadOnlyList<CountingSheet> counting)
    {
        var (judges, inOrder) = (new Dictionary<string, List<CountingSheet>>(StringComparer.Ordinal), new List<List<CountingSheet>>());
        foreach (var sheet in counting)
        {
            if (!judges.TryGetValue(sheet.Sheet.Judge, out var own))
                inOrder.Add(judges[sheet.Sheet.Judge] = own = []);
            own.Add(sheet);
        }
        return inOrder;
    }
}
