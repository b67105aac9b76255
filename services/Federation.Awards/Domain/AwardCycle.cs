namespace Federation.Awards.Domain;

/// <summary>
/// One year's award as one city holds it. The secretariat's city opens it and holds the copy every step of
/// the secretariat is taken on; every other city holds a copy from the broadcast call, on which it takes
/// nominations, and hears the results when they are published.
/// </summary>
public sealed partial class AwardCycle
{
    public Guid Id { get; private set; }
    public string SecretariatCity { get; private set; } = "";
    public string HeldAt { get; private set; } = "";
    public int Year { get; private set; }
    public string Name { get; private set; } = "";
    public List<string> Labels { get; private set; } = [];
    public Dictionary<string, string> NameTranslations { get; private set; } = [];
    public Dictionary<string, Dictionary<string, string>> LabelNames { get; private set; } = [];
    public List<Criterion> Criteria { get; private set; } = [];
    public Window Nomination { get; private set; } = new(default, default);
    public Window Judging { get; private set; } = new(default, default);
    public int FinalistCount { get; private set; }
    public int WinnerCount { get; private set; }
    public bool NormaliseScores { get; private set; }
    public TieBreak TieBreak { get; private set; } = new(TieBreakRule.EarliestEntry);
    public bool RequiresVerifiedTrial { get; private set; }
    public Party? OpenedBy { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public List<Finalist> Finalists { get; private set; } = [];
    public List<Winner> Winners { get; private set; } = [];
    public DateTimeOffset? ShortlistedAt { get; private set; }
    public DateTimeOffset? WinnersChosenAt { get; private set; }
    public string? Announcement { get; private set; }
    public Dictionary<string, string> AnnouncementTranslations { get; private set; } = [];
    public DateTimeOffset? PublishedAt { get; private set; }

    private AwardCycle()
    {
    }

    /// <summary>The copy the secretariat's steps are taken on; every other city's is a replica.</summary>
    public bool IsSecretariatCopy => HeldAt == SecretariatCity;

    /// <summary>The secretariat opens a cycle on its own node; the call is open at once, nominations from its window.</summary>
    public static StepResult Open(Actor by, CycleInput input, DateTimeOffset now, out AwardCycle? cycle)
    {
        cycle = null;
        var check = by.Role != Actor.Secretariat
            ? StepResult.Forbidden("Only the secretariat opens an award cycle.")
            : input.Check(now);
        if (!check.Succeeded) return check;
        cycle = new AwardCycle { Id = Guid.NewGuid(), SecretariatCity = by.City, HeldAt = by.City, OpenedBy = by.AsParty(), OpenedAt = now };
        cycle.Set(input, now);
        return check;
    }

    /// <summary>Another city's copy, made when the broadcast call arrives.</summary>
    public static StepResult Receive(CycleTerms terms, string thisCity, out AwardCycle? cycle)
    {
        cycle = null;
        // The secretariat's own cycles are opened here, never heard of: such a call is forged or misrouted.
        var check = terms.SecretariatCity == thisCity
            ? StepResult.Forbidden($"A cycle of {thisCity}'s secretariat is not received from elsewhere.")
            : terms.Input.CheckValues();
        if (!check.Succeeded) return check;
        cycle = new AwardCycle { Id = terms.CycleId, SecretariatCity = terms.SecretariatCity, HeldAt = thisCity, OpenedAt = terms.OpenedAt };
        cycle.Set(terms.Input, terms.OpenedAt);
        return check;
    }

    /// <summary>The call heard again: unchanged when it is the one held.</summary>
    public StepResult ApplyOpened(CycleTerms terms) =>
        (terms.CycleId, terms.SecretariatCity) != (Id, SecretariatCity)
            ? StepResult.Forbidden($"The call is for cycle {terms.CycleId} of {terms.SecretariatCity}, not this one.")
        : terms == Terms() ? StepResult.Unchanged
        : StepResult.Conflict("The cycle is held with other terms.");

    /// <summary>What the secretariat broadcasts when it opens the cycle.</summary>
    public CycleTerms Terms() =>
        new(Id, SecretariatCity, new CycleInput(Year, Name, Labels, Criteria, Nomination, Judging, FinalistCount, WinnerCount,
            NormaliseScores, TieBreak, RequiresVerifiedTrial) { Translations = Translations() }, OpenedAt);

    public CycleTranslations Translations() =>
        new(NameTranslations, LabelNames.ToDictionary(l => l.Key, l => (IReadOnlyDictionary<string, string>)l.Value));

    public CycleStatus StatusAt(DateTimeOffset now) =>
        PublishedAt is not null ? CycleStatus.Published
        : now < Nomination.Opens ? CycleStatus.Announced
        : now < Nomination.Closes ? CycleStatus.Nominating
        : now < Judging.Opens ? CycleStatus.Assigning
        : now < Judging.Closes ? CycleStatus.Judging
        : CycleStatus.Closed;

    public Criterion? CriterionKeyed(string key) => Criteria.FirstOrDefault(c => c.Key == key);

    /// <summary>The cycle's own spelling of a label, matched ignoring case; null when it is not one of them.</summary>
    public string? LabelNamed(string label) => Labels.FirstOrDefault(l => string.Equals(l, label.Trim(), StringComparison.OrdinalIgnoreCase));

    private void Set(CycleInput input, DateTimeOffset now)
    {
        (Year, Name, Labels, Criteria) = (input.Year, input.Name.Trim(), [.. input.Labels.Select(l => l.Trim())], [.. input.Criteria]);
        (Nomination, Judging, FinalistCount, WinnerCount) = (input.Nomination, input.Judging, input.Finalists, input.Winners);
        (NormaliseScores, TieBreak, RequiresVerifiedTrial, UpdatedAt) = (input.NormaliseScores, input.TieBreak, input.RequiresVerifiedTrial, now);
        // Keyed by the label as the cycle spells it, so that a winner's label finds its names.
        NameTranslations = new(input.Translations.Name);
        LabelNames = input.Translations.Labels.ToDictionary(l => LabelNamed(l.Key)!, l => new Dictionary<string, string>(l.Value));
    }
}
