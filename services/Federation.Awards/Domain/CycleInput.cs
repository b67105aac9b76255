namespace Federation.Awards.Domain;

/// <summary>What the secretariat states when it opens a cycle; the service fills in the defaults first.</summary>
public sealed record CycleInput(
    int Year,
    string Name,
    IReadOnlyList<string> Labels,
    IReadOnlyList<Criterion> Criteria,
    Window Nomination,
    Window Judging,
    int Finalists,
    int Winners,
    bool NormaliseScores,
    TieBreak TieBreak,
    bool RequiresVerifiedTrial)
{
    /// <summary>The name and labels in other languages; none unless the secretariat gave them.</summary>
    public CycleTranslations Translations { get; init; } = CycleTranslations.None;

    /// <summary>The rules a new cycle follows: its values, and a year and call that are not already past.</summary>
    public StepResult Check(DateTimeOffset now) =>
        Year < now.Year || Year > now.Year + 2
            ? StepResult.Invalid("year", $"A cycle is opened for this year or one of the next two, not {Year}.")
            : CheckValues().Then(() => Nomination.HasClosedAt(now)
                ? StepResult.Invalid("nominationCloses", "The nomination window closes in the future.", new(FieldCodes.InPast))
                : StepResult.Ok);

    /// <summary>The rules that hold whenever the cycle is checked, including when another city receives it.</summary>
    public StepResult CheckValues() => StepResult.All(
    [
        () => StepResult.Required(Name, "name", "The cycle's name is required."),
        CheckLabels,
        () => Translations.Check(Labels),
        () => Criterion.Check(Criteria),
        CheckWindows,
        () => Winners < 1 ? StepResult.Invalid("winners", "At least one entry wins.")
            : Winners < Labels.Count ? StepResult.Invalid("winners", $"Each of the {Labels.Count} labels goes to at least one entry, so at least {Labels.Count} win.")
            : Finalists < Winners ? StepResult.Invalid("finalists", "The finalists are at least as many as the winners.")
            : StepResult.Ok,
        () => TieBreak.Check(Criteria),
    ]);

    private StepResult CheckLabels()
    {
        if (Labels is null || Labels.Count == 0) return StepResult.Invalid("labels", "At least one award label is required.", new(FieldCodes.Required));
        if (Labels.Any(string.IsNullOrWhiteSpace)) return StepResult.Invalid("labels", "A label cannot be blank.", new(FieldCodes.Required));
        var distinct = Labels.Select(l => l.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return distinct == Labels.Count ? StepResult.Ok : StepResult.Invalid("labels", "Each label appears once.", new(FieldCodes.Repeated));
    }

    private StepResult CheckWindows() =>
        Nomination.Opens >= Nomination.Closes ? StepResult.Invalid("nominationCloses", "Nominations close after they open.", new(FieldCodes.BeforeStart))
        : Judging.Opens < Nomination.Closes ? StepResult.Invalid("judgingOpens", "Judging opens once nominations have closed.", new(FieldCodes.BeforeStart))
        : Judging.Opens >= Judging.Closes ? StepResult.Invalid("judgingCloses", "Judging closes after it opens.", new(FieldCodes.BeforeStart))
        : StepResult.Ok;

    // Records compare lists by reference; a replayed call must compare equal by content.
    public bool Equals(CycleInput? other) =>
        other is not null
        && (Year, Name, Nomination, Judging, Finalists, Winners, NormaliseScores, TieBreak, RequiresVerifiedTrial)
            == (other.Year, other.Name, other.Nomination, other.Judging, other.Finalists, other.Winners, other.NormaliseScores, other.TieBreak, other.RequiresVerifiedTrial)
        && Labels.SequenceEqual(other.Labels) && Criteria.SequenceEqual(other.Criteria) && Translations.Equals(other.Translations);

    public override int GetHashCode() => HashCode.Combine(Year, Name, Nomination, Judging, Labels.Count, Criteria.Count);
}

/// <summary>A cycle as the secretariat broadcasts it when it opens the call.</summary>
public sealed record CycleTerms(Guid CycleId, string SecretariatCity, CycleInput Input, DateTimeOffset OpenedAt);

/// <summary>Where a cycle stands: derived from the clock and its windows until the secretariat publishes.</summary>
public enum CycleStatus
{
    Announced,
    Nominating,
    Assigning,
    Judging,
    Closed,
    Published,
}
