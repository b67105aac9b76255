namespace Federation.Awards.Domain;

/// <summary>
/// One judge's work on one cycle: the entries the secretariat assigned, the judge's conflicts and score
/// sheets, and the audit log of every score set or changed. The secretariat's copy is where it assigns and
/// rules on conflicts; the judge's city's copy is where the judge declares and scores. Both share the id;
/// when the judge's city is the secretariat's, one copy is both.
/// </summary>
public sealed partial class Assignment
{
    public Guid Id { get; private set; }
    public Guid CycleId { get; private set; }
    public string SecretariatCity { get; private set; } = "";
    public string HeldAt { get; private set; } = "";
    public Guid JudgeId { get; private set; }
    public string JudgeCity { get; private set; } = "";
    public string JudgeUserId { get; private set; } = "";
    public string JudgeName { get; private set; } = "";
    public int Year { get; private set; }
    public string CycleName { get; private set; } = "";
    public List<Criterion> Criteria { get; private set; } = [];
    public Window Judging { get; private set; } = new(default, default);
    public List<AssignedEntry> Entries { get; private set; } = [];
    public long Version { get; private set; }

    /// <summary>When the secretariat last changed the entries assigned.</summary>
    public DateTimeOffset AssignedAt { get; private set; }
    public List<DeclaredConflict> Conflicts { get; private set; } = [];
    public List<JudgeSheet> Sheets { get; private set; } = [];
    public List<ScoreChange> History { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private Assignment()
    {
    }

    public bool IsSecretariatCopy => HeldAt == SecretariatCity;

    public bool IsJudgeCopy => HeldAt == JudgeCity;

    public AssignmentRef Ref() => new(Id, CycleId, JudgeId, JudgeCity, SecretariatCity);

    /// <summary>The secretariat puts an enrolled judge on the cycle's panel, with the entries given (possibly none).</summary>
    public static StepResult Create(Actor by, AwardCycle cycle, Judge judge, IReadOnlyList<Entry> entries, DateTimeOffset now, out Assignment? assignment)
    {
        assignment = null;
        var check = cycle.BySecretariat(by).Then(() => Assignable(cycle, now))
            .Then(() => judge.HeldAt != cycle.SecretariatCity ? StepResult.Invalid("judgeId", $"Judge {judge.Id} is not enrolled with {cycle.SecretariatCity}'s secretariat.") : StepResult.Ok);
        if (!check.Succeeded) return check;
        var created = new Assignment
        {
            Id = Guid.NewGuid(), CycleId = cycle.Id, SecretariatCity = cycle.SecretariatCity, HeldAt = cycle.SecretariatCity,
            JudgeId = judge.Id, JudgeCity = judge.City, JudgeUserId = judge.UserId, JudgeName = judge.DisplayName,
            Year = cycle.Year, CycleName = cycle.Name, Criteria = [.. cycle.Criteria], Judging = cycle.Judging,
            Version = 1, AssignedAt = now, CreatedAt = now, UpdatedAt = now,
        };
        check = created.CheckEntries(entries);
        if (!check.Succeeded) return check;
        created.Entries.AddRange(entries.Select(AssignedEntry.Of));
        assignment = created;
        return check;
    }

    /// <summary>The judge's city's copy, made when the assignment first arrives.</summary>
    public static StepResult Receive(AssignmentSnapshot snapshot, string thisCity, out Assignment? assignment)
    {
        assignment = null;
        var r = snapshot.Ref;
        var check = r.JudgeCity != thisCity ? StepResult.Forbidden($"The assignment is for a judge of {r.JudgeCity}, not {thisCity}.")
            : r.SecretariatCity == thisCity ? StepResult.Forbidden($"{thisCity}'s secretariat assigns here; it does not hear of its own assignments.")
            : OwnCityEntries(snapshot);
        if (!check.Succeeded) return check;
        assignment = new Assignment
        {
            Id = r.AssignmentId, CycleId = r.CycleId, SecretariatCity = r.SecretariatCity, HeldAt = thisCity, JudgeId = r.JudgeId,
            JudgeCity = r.JudgeCity, CreatedAt = snapshot.At,
        };
        assignment.Set(snapshot);
        return check;
    }

    /// <summary>A later version of the assignment replaces the entries held; an older or the same one changes nothing.</summary>
    public StepResult ApplyAssignment(AssignmentSnapshot snapshot)
    {
        var check = snapshot.Ref != Ref() ? StepResult.Forbidden($"The assignment is {snapshot.Ref.AssignmentId} of judge {snapshot.Ref.JudgeId}, not this one.")
            : !IsJudgeCopy || IsSecretariatCopy ? StepResult.Conflict("Assignments are made by the secretariat; only the judge's city's copy applies them.")
            : snapshot.Version <= Version ? StepResult.Unchanged
            : OwnCityEntries(snapshot);
        if (check.Kind == StepKind.Ok) Set(snapshot);
        return check;
    }

    /// <summary>What the secretariat sends the judge's city after every change.</summary>
    public AssignmentSnapshot Snapshot() =>
        new(Ref(), JudgeUserId, JudgeName, Year, CycleName, [.. Criteria], Judging, [.. Entries], Version, AssignedAt);

    // A judge never scores an entry of their own city: such an assignment can only come from a faulty or forged peer.
    private static StepResult OwnCityEntries(AssignmentSnapshot snapshot) =>
        snapshot.Entries.FirstOrDefault(e => e.City == snapshot.Ref.JudgeCity) is { } own
            ? StepResult.Forbidden($"Entry {own.EntryId} is from {own.City}, the judge's own city.")
            : StepResult.Ok;

    private void Set(AssignmentSnapshot s)
    {
        (JudgeUserId, JudgeName, Year, CycleName, Criteria, Judging) = (s.JudgeUserId, s.JudgeName, s.Year, s.CycleName, [.. s.Criteria], s.Judging);
        (Entries, Version, AssignedAt, UpdatedAt) = ([.. s.Entries], s.Version, s.At, s.At);
    }
}
