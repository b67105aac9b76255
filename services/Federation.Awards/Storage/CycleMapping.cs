namespace Federation.Awards.Storage;

/// <summary>A cycle in one row: its terms as columns, its criteria, shortlist, winners and translations as JSON.</summary>
internal static class CycleMapping
{
    public static void Map(EntityTypeBuilder<AwardCycle> e)
    {
        // A city holds one copy of a cycle: the secretariat's, or the replica of the broadcast call.
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).ValueGeneratedNever();
        StoredVersion.Map(e);

        e.PrimitiveCollection(c => c.Labels);
        e.ComplexCollection(c => c.Criteria, c => c.ToJson());
        e.ComplexProperty(c => c.Nomination);
        e.ComplexProperty(c => c.Judging);
        e.ComplexProperty(c => c.TieBreak);
        e.ComplexProperty(c => c.OpenedBy);

        // A finalist names its solution in several languages, and a winner holds its finalist.
        e.Property(c => c.Finalists).AsJson();
        e.Property(c => c.Winners).AsJson();
        // Translations came later: a row of an earlier release holds "{}", none (see the LanguageMaps migration).
        e.Property(c => c.NameTranslations).AsJson();
        e.Property(c => c.LabelNames).AsJson();
        e.Property(c => c.AnnouncementTranslations).AsJson();
    }
}
