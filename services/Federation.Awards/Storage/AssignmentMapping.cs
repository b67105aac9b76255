namespace Federation.Awards.Storage;

/// <summary>
/// An assignment in one row: the entries, conflicts, sheets and audit log as JSON arrays, saved together
/// with the assignment's version and never queried apart from it.
/// </summary>
internal static class AssignmentMapping
{
    public static void Map(EntityTypeBuilder<Assignment> e)
    {
        // The secretariat's copy and the judge's city's share the id; a city holds one of them (one copy is
        // both when the judge is of the secretariat's city).
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).ValueGeneratedNever();
        StoredVersion.Map(e);

        // One judge's work on one cycle: a second assignment of the judge to the cycle is refused.
        e.HasIndex(a => new { a.CycleId, a.JudgeId }).IsUnique();
        e.HasIndex(a => a.JudgeCity);

        e.ComplexCollection(a => a.Criteria, c => c.ToJson());
        e.ComplexProperty(a => a.Judging);
        // An assigned entry names its solution in several languages; a sheet holds a list of scores.
        e.Property(a => a.Entries).AsJson();
        e.Property(a => a.Sheets).AsJson();
        e.ComplexCollection(a => a.Conflicts, c => c.ToJson());
        // The audit log, in the order the lines were written.
        e.ComplexCollection(a => a.History, c => c.ToJson());
    }
}
