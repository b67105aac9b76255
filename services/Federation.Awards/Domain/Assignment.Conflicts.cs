namespace Federation.Awards.Domain;

// Conflicts of interest: the judge declares on their city's copy; the secretariat rules on disclosed ones.
// A declared conflict is never withdrawn; a disclosed one may be raised to real, never a real one lowered.
public sealed partial class Assignment
{
    public StepResult DeclareConflict(Actor by, Guid entryId, ConflictKind kind, string note, DateTimeOffset now)
    {
        var held = ConflictOn(entryId);
        var check = ByJudge(by, entryId)
            .Then(() => Judging.HasClosedAt(now) ? StepResult.Conflict($"Judging closed at {Judging.Closes:O}; conflicts are declared before.") : StepResult.Ok)
            .Then(() => held is null ? StepResult.Ok
                : held.Recused ? StepResult.Conflict($"{JudgeName} is already recused from entry {entryId}.")
                : kind != ConflictKind.Real ? StepResult.Conflict($"A {held.Kind} conflict is declared on entry {entryId}; it may only be raised to real.")
                : StepResult.Ok)
            .Then(() => CheckConflict(kind, note));
        if (!check.Succeeded) return check;
        Hold(new DeclaredConflict(entryId, kind, note.Trim(), now), now);
        return check;
    }

    /// <summary>The secretariat excludes (or counts again) the judge's scores of an entry with a disclosed conflict.</summary>
    public StepResult ExcludeConflict(Actor by, AwardCycle cycle, Guid entryId, bool exclude, string? reason, DateTimeOffset now)
    {
        var held = ConflictOn(entryId);
        var check = BySecretariat(by, cycle).Then(cycle.NotPublished)
            .Then(() => held is null ? StepResult.Invalid("entryId", $"No conflict is declared on entry {entryId}.")
                : held.Recused ? StepResult.Conflict("A real conflict recuses the judge already; only disclosed conflicts are ruled on.")
                : exclude && string.IsNullOrWhiteSpace(reason) ? StepResult.Invalid("reason", "An exclusion says why.")
                : held.Excluded == exclude ? StepResult.Unchanged
                : StepResult.Ok);
        if (check.Kind != StepKind.Ok) return check;
        Hold(held! with { Excluded = exclude, RulingReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), RuledAt = now }, now);
        return check;
    }

    /// <summary>The secretariat's copy hears a declaration. An older one than held, or one lowering a real conflict, changes nothing.</summary>
    public StepResult ApplyConflict(ConflictDeclaration declaration)
    {
        var held = ConflictOn(declaration.EntryId);
        var check = SameAssignment(declaration.Ref).Then(() => OnSecretariatCopy("A declaration"))
            // Taken from the judge while the declaration travelled: moot.
            .Then(() => !IsAssigned(declaration.EntryId) ? StepResult.Unchanged
                : held is not null && (held.DeclaredAt >= declaration.DeclaredAt || held.Recused) ? StepResult.Unchanged
                : CheckConflict(declaration.Kind, declaration.Note));
        if (check.Kind != StepKind.Ok) return check;
        Hold(new DeclaredConflict(declaration.EntryId, declaration.Kind, declaration.Note, declaration.DeclaredAt), declaration.DeclaredAt);
        return check;
    }

    /// <summary>The judge's city hears a ruling. One on a declaration since replaced, or older than held, changes nothing.</summary>
    public StepResult ApplyRuling(ConflictRuling ruling)
    {
        var held = ConflictOn(ruling.EntryId);
        var check = SameAssignment(ruling.Ref).Then(() => OnJudgeCopy("A ruling"))
            .Then(() => held is null ? StepResult.Conflict($"No conflict on entry {ruling.EntryId} is held here yet.")
                : held.DeclaredAt != ruling.DeclaredAt || held.RuledAt >= ruling.RuledAt ? StepResult.Unchanged
                : StepResult.Ok);
        if (check.Kind != StepKind.Ok) return check;
        Hold(held! with { Excluded = ruling.Excluded, RulingReason = ruling.Reason, RuledAt = ruling.RuledAt }, ruling.RuledAt);
        return check;
    }

    public DeclaredConflict? ConflictOn(Guid entryId) => Conflicts.FirstOrDefault(c => c.EntryId == entryId);

    /// <summary>What the judge's city sends the secretariat after a declaration; null when none is held.</summary>
    public ConflictDeclaration? Declaration(Guid entryId) =>
        ConflictOn(entryId) is { } c ? new ConflictDeclaration(Ref(), c.EntryId, c.Kind, c.Note, c.DeclaredAt) : null;

    /// <summary>What the secretariat sends the judge's city after a ruling; null when none was made.</summary>
    public ConflictRuling? Ruling(Guid entryId) =>
        ConflictOn(entryId) is { RuledAt: { } at } c ? new ConflictRuling(Ref(), c.EntryId, c.DeclaredAt, c.Excluded, c.RulingReason, at) : null;

    private static StepResult CheckConflict(ConflictKind kind, string note) =>
        !Enum.IsDefined(kind) ? StepResult.Invalid("kind", "Unknown kind of conflict.")
        : StepResult.Required(note, "note", "A declaration says what the conflict is.");

    private void Hold(DeclaredConflict conflict, DateTimeOffset at)
    {
        Conflicts.RemoveAll(c => c.EntryId == conflict.EntryId);
        Conflicts.Add(conflict);
        UpdatedAt = at;
    }
}
