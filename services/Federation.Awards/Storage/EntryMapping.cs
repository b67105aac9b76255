namespace Federation.Awards.Storage;

/// <summary>An entry in one row: its decisions as columns, the solution's titles and summaries as JSON.</summary>
internal static class EntryMapping
{
    /// <summary>
    /// The entries that keep their solution out of the cycle for another: an applied or nominated one. A
    /// declined or withdrawn entry does not (see <see cref="NominationFacts"/>), so the solution may enter again.
    /// </summary>
    public static readonly string Live = $"\"{nameof(Entry.Status)}\" IN ('{EntryStatus.Applied}', '{EntryStatus.Nominated}')";

    public static void Map(EntityTypeBuilder<Entry> e)
    {
        // The nominating city's copy and the secretariat's share the id; a city holds one of them.
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        StoredVersion.Map(e);

        e.HasIndex(x => new { x.CycleId, x.Status });
        // One live entry per solution per cycle. The solution's city is the nominating city: an entry is
        // only ever of the city's own solutions.
        e.HasIndex(x => new { x.CycleId, x.SolutionId, x.City }).IsUnique().HasFilter(Live);
        e.HasIndex(x => x.City);

        e.Property(x => x.SolutionTitle).AsJson();
        e.Property(x => x.SolutionSummary).AsJson();
        e.PrimitiveCollection(x => x.EvidenceTrialIds);
        e.ComplexProperty(x => x.Declination, c => c.Property(d => d.By).AsJson());
        e.ComplexProperty(x => x.Withdrawal);
    }
}
