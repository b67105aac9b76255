namespace Federation.Contracts.Awards;

/// <summary>The fixed vocabularies of award records, as sent on the wire.</summary>
public static class AwardVocabulary
{
    /// <summary>
    /// Where a cycle stands. It is opened directly and, until published, its status follows from the clock
    /// and its windows: announced before nominations open, nominating while they are open, assigning between
    /// the nomination and judging windows, judging while judges score, closed once the judging window is over.
    /// Published is the secretariat's last step; a published cycle never changes.
    /// </summary>
    public static readonly IReadOnlyList<string> CycleStatuses =
        ["announced", "nominating", "assigning", "judging", "closed", "published"];

    /// <summary>
    /// Where an entry stands. An agency's nomination is nominated at once; a startup's application is applied
    /// until its home agency endorses it (nominated) or declines it. Only a nominated entry travels to the
    /// secretariat; either may be withdrawn before judging opens.
    /// </summary>
    public static readonly IReadOnlyList<string> EntryStatuses = ["applied", "declined", "nominated", "withdrawn"];

    /// <summary>
    /// A judge's conflict of interest on one entry: real (the judge is recused, no score of theirs counts),
    /// apparent or potential (disclosed; counted unless the secretariat excludes it).
    /// </summary>
    public static readonly IReadOnlyList<string> ConflictKinds = ["real", "apparent", "potential"];

    /// <summary>
    /// How entries with the same score are ordered: the higher average on a named criterion, the lower
    /// spread between the judges' weighted scores, or the entry nominated first.
    /// </summary>
    public static readonly IReadOnlyList<string> TieBreakRules = ["criterion", "lowest-spread", "earliest-entry"];

    /// <summary>The key of the default criterion on working across city domains.</summary>
    public const string CrossDomain = "cross-domain";

    /// <summary>The key of the default criterion on the solution's measured impact.</summary>
    public const string Impact = "impact";

    /// <summary>The key of the default criterion on how well the solution works.</summary>
    public const string Functionality = "functionality";

    /// <summary>The key of the default criterion on what is new in it.</summary>
    public const string Innovation = "innovation";

    /// <summary>The criteria a cycle takes when it names none: the GO SMART Award's weights, summing to 100.</summary>
    public static readonly IReadOnlyList<AwardCriterion> DefaultCriteria =
    [
        new(CrossDomain, "Cross-domain", 30),
        new(Impact, "Impact", 30),
        new(Functionality, "Functionality", 20),
        new(Innovation, "Innovation", 20),
    ];

    /// <summary>Scores run from this value ...</summary>
    public const decimal MinScore = 0m;

    /// <summary>... to this one, with at most one decimal.</summary>
    public const decimal MaxScore = 10m;
}
