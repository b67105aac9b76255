namespace Federation.Awards.Storage;

/// <summary>A judge's enrolment in one row, the fields of expertise as a JSON array.</summary>
internal static class JudgeMapping
{
    public static void Map(EntityTypeBuilder<Judge> e)
    {
        // The judge's city's copy and the secretariat's share the id; a city holds one of them.
        e.HasKey(j => j.Id);
        e.Property(j => j.Id).ValueGeneratedNever();
        StoredVersion.Map(e);

        // A user is enrolled once: the enrolment stands across cycles, and a second one is refused.
        e.HasIndex(j => new { j.City, j.UserId }).IsUnique();

        e.PrimitiveCollection(j => j.Expertise);
    }
}
