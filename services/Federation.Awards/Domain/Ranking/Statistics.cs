namespace Federation.Awards.Domain.Ranking;

// Over the sheets themselves rather than lists of their values: a large cycle's sheets are tens of thousands, and a list of
// them all is a large object for every ranking.
internal static class Statistics
{
    /// <summary>The mean of the sheets' values.</summary>
    public static decimal Mean(IReadOnlyList<CountingSheet> sheets)
    {
        var sum = 0m;
        for (var i = 0; i < sheets.Count; i++) sum += sheets[i].Value;
        return sum / sheets.Count;
    }

    /// <summary>
    /// Population, not sample, standard deviation of the sheets' values: the sheets are all there is to describe, not a
    /// sample of some larger set of sheets.
    /// </summary>
    public static decimal StandardDeviation(IReadOnlyList<CountingSheet> sheets)
    {
        var mean = Mean(sheets);
        var squares = 0m;
        for (var i = 0; i < sheets.Count; i++) squares += (sheets[i].Value - mean) * (sheets[i].Value - mean);
        // decimal has no square root; double's 15 digits are ample for a 0-10 scale compared to 4 places.
        return (decimal)Math.Sqrt((double)(squares / sheets.Count));
    }

    /// <summary>The precision ranks and tie-breaks compare at. Half away from zero, as people round.</summary>
    public static decimal ToRankingPrecision(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    public static decimal ToDisplay(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
