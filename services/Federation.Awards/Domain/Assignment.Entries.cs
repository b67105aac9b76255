namespace Federation.Awards.Domain;

// The secretariat's changes to the entries a judge scores. Each one raises the version, and the whole
// assignment travels to the judge's city again.
public sealed partial class Assignment
{
    /// <summary>Adds nominated entries of the cycle; never one from the judge's own city. Those already assigned are skipped.</summary>
    public StepResult AssignEntries(Actor by, AwardCycle cycle, IReadOnlyList<Entry> entries, DateTimeOffset now)
    {
        var check = BySecretariat(by, cycle).Then(() => Assignable(cycle, now))
            .Then(() => entries.Count == 0 ? StepResult.Invalid("entryIds", "Name the entries to assign.") : CheckEntries(entries));
        if (!check.Succeeded) return check;
        var added = entries.Where(e => !IsAssigned(e.Id)).Select(AssignedEntry.Of).ToList();
        if (added.Count == 0) return StepResult.Unchanged;
        Entries.AddRange(added);
        Changed(now);
        return check;
    }

    /// <summary>Takes entries from the judge, as long as the judge has neither scored them nor declared a conflict on them.</summary>
    public StepResult UnassignEntries(Actor by, AwardCycle cycle, IReadOnlyList<Guid> entryIds, DateTimeOffset now)
    {
        var check = BySecretariat(by, cycle).Then(() => Assignable(cycle, now))
            .Then(() => CheckUnassigned(entryIds));
        if (!check.Succeeded) return check;
        Entries.RemoveAll(e => entryIds.Contains(e.EntryId));
        Changed(now);
        return check;
    }

    /// <summary>The entry was withdrawn: it leaves the assignment. The secretariat's copy only; a second time changes nothing.</summary>
    public StepResult DropWithdrawn(Guid entryId, DateTimeOffset now)
    {
        if (!IsSecretariatCopy) return StepResult.Conflict("Entries leave an assignment at the secretariat.");
        if (Entries.RemoveAll(e => e.EntryId == entryId) == 0) return StepResult.Unchanged;
        Changed(now);
        return StepResult.Ok;
    }

    public bool IsAssigned(Guid entryId) => Entries.Any(e => e.EntryId == entryId);

    private StepResult CheckUnassigned(IReadOnlyList<Guid> entryIds)
    {
        if (entryIds.Count == 0) return StepResult.Invalid("entryIds", "Name the entries to unassign.");
        foreach (var id in entryIds)
        {
            if (!IsAssigned(id)) return StepResult.Invalid("entryIds", $"Entry {id} is not assigned to this judge.");
            if (SheetFor(id) is not null || ConflictOn(id) is not null)
                return StepResult.Conflict($"The judge has scored entry {id} or declared a conflict on it; rule on the conflict instead.");
        }
        return StepResult.Ok;
    }

    private StepResult CheckEntries(IReadOnlyList<Entry> entries)
    {
        if (entries.Select(e => e.Id).Distinct().Count() != entries.Count)
            return StepResult.Invalid("entryIds", "Each entry is named once.");
        foreach (var e in entries)
        {
            if (e.CycleId != CycleId || e.HeldAt != SecretariatCity)
                return StepResult.Invalid("entryIds", $"Entry {e.Id} is not an entry of this cycle.");
            if (e.City == JudgeCity)
                return StepResult.Invalid("entryIds", $"Entry {e.Id} is from {e.City}, {JudgeName}'s own city: a judge never scores an entry from their own city.");
            if (e.Status != EntryStatus.Nominated)
                return StepResult.Invalid("entryIds", $"Entry {e.Id} is {e.Status}, not nominated.");
        }
        return StepResult.Ok;
    }

    // Assignments change until judging closes: a judge who recuses can be replaced while there is time to score.
    private static StepResult Assignable(AwardCycle cycle, DateTimeOffset now) =>
        cycle.NotPublished().Then(() => cycle.Judging.HasClosedAt(now)
            ? StepResult.Conflict($"Judging closed at {cycle.Judging.Closes:O}; assignments no longer change.")
            : StepResult.Ok);

    private void Changed(DateTimeOffset now) => (Version, AssignedAt, UpdatedAt) = (Version + 1, now, now);
}
