namespace Federation.Awards.Domain.Ranking;

public enum ConflictOfInterest
{
    None,

    /// <summary>The judge must recuse: the sheet never counts, whatever the secretariat says.</summary>
    Real,

    /// <summary>Disclosed: the sheet counts unless the secretariat excluded it.</summary>
    Apparent,

    /// <summary>Disclosed: the sheet counts unless the secretariat excluded it.</summary>
    Potential,
}

/// <summary>
/// One judge's scores (0 to 10, by criterion key) for one entry, and the conflict the judge declared on it.
/// A criterion without a score is not scored yet, so the sheet is incomplete; an assigned judge who has not
/// scored at all can be passed as a sheet with no scores, so that the entry shows the sheet as missing.
/// <see cref="Excluded"/> is the secretariat's decision on a disclosed (apparent or potential) conflict; it
/// is invalid on a sheet without one, since setting aside an undeclared judge's scores would be unexplained.
/// </summary>
public sealed record ScoreSheet(
    string Judge,
    Guid EntryId,
    IReadOnlyDictionary<string, decimal> Scores,
    ConflictOfInterest Conflict = ConflictOfInterest.None,
    bool Excluded = false)
{
    /// <summary>Recused or excluded: never counts, even if complete (and is not also reported as incomplete).</summary>
    public bool IsSetAside =>
        Conflict == ConflictOfInterest.Real
        || (Excluded && Conflict is ConflictOfInterest.Apparent or ConflictOfInterest.Potential);

    /// <summary>The scores in the order of the criteria given; null when one of them is not scored (the sheet is incomplete).</summary>
    internal decimal[]? ScoresOn(IReadOnlyList<Criterion> criteria)
    {
        // Looked up once per sheet, then read by position: a large cycle's ranking asks this of tens of thousands of sheets.
        var scores = new decimal[criteria.Count];
        for (var i = 0; i < criteria.Count; i++)
            if (!Scores.TryGetValue(criteria[i].Key, out scores[i])) return null;
        return scores;
    }
}
