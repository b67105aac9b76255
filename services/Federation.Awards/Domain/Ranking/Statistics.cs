namespace Federation.Awards.Domain.Ranking;

internal static class Statistics
{
    public static decimal Mean(IReadOnlyCollection<decimal> values) => values.Sum() / values.Count;

    /// <summary>
    /// Population, not sample, standard deviation: the sheets are all there is to describe, not a sample
    /// of some larger set of sheets.
    /// </summary>
    public static decimal StandardDeviation(IReadOnlyCollection<decimal> values)
    {
        var mean = Mean(values);
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        // decimal has no square root; double's 15 digits are ample for a 0-10 scale compared to 4 places.
        return (decimal)Math.Sqrt((double)variance);
    }

    /// <summary>The precision ranks and tie-breaks compare at. Half away from zero, as people round.</summary>
    public static decimal ToRankingPrecision(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    public static decimal ToDisplay(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
