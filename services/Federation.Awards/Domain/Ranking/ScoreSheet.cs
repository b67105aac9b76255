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

    // Loops rather than LINQ here and below: a large cycle asks this of tens of thousands of sheets per ranking.
    public bool IsCompleteOn(IReadOnlyList<Criterion> criteria)
    {
        for (var i = 0; i < criteria.Count; i++)
            if (!Scores.ContainsKey(criteria[i].Key)) return false;
        return true;
    }

    public bool CountsOn(IReadOnlyList<Criterion> criteria) => !IsSetAside && IsCompleteOn(criteria);

    /// <summary>The weighted score, 0 to 10, of a complete sheet: each score times its criterion's weight, over 100.</summary>
    internal decimal ValueOn(IReadOnlyList<Criterion> criteria)
    {
        var total = 0m;
        for (var i = 0; i < criteria.Count; i++) total += criteria[i].Weight * Scores[criteria[i].Key];
        return total / 100m;
    }
}
