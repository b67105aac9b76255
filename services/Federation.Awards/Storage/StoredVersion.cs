using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Federation.Awards.Storage;

/// <summary>
/// Each aggregate's row version, kept by storage alone: every save that changes a cycle, entry, judge or
/// assignment raises it, and the update succeeds only if the row still holds the version that was read. Two
/// writers of one aggregate (an endpoint and a consumer, say) cannot then overwrite each other unnoticed.
/// Not <c>Version</c>: an assignment has a version of its own, the secretariat's count of its changes to the
/// entries assigned, which the judge's scores do not raise.
/// </summary>
internal static class StoredVersion
{
    public const string Property = "RowVersion";

    public static void Map<T>(EntityTypeBuilder<T> e) where T : class => e.Property<long>(Property).IsConcurrencyToken();

    /// <summary>Raises the version of every row added or changed. Call after detecting changes.</summary>
    public static void BumpChanged(ChangeTracker tracker)
    {
        foreach (var row in tracker.Entries())
        {
            if (row.Metadata.FindProperty(Property) is null) continue;
            var version = row.Property(Property);
            if (row.State == EntityState.Added) version.CurrentValue = 1L;
            else if (row.State == EntityState.Modified) version.CurrentValue = (long)version.OriginalValue! + 1;
        }
    }
}
