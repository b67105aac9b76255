using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Federation.Trials.Storage;

/// <summary>
/// The trial's version, kept by storage alone: every save that changes a trial raises it, and the update
/// succeeds only if the row still holds the version that was read. Two writers of one trial (an endpoint
/// and a consumer, say) cannot then overwrite each other unnoticed.
/// </summary>
internal static class TrialVersion
{
    public const string Property = "Version";

    public static void Map(EntityTypeBuilder<Trial> e) => e.Property<long>(Property).IsConcurrencyToken();

    public static void BumpChanged(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        foreach (var trial in tracker.Entries<Trial>())
        {
            var version = trial.Property<long>(Property);
            if (trial.State == EntityState.Added) version.CurrentValue = 1;
            else if (trial.State == EntityState.Modified) version.CurrentValue = version.OriginalValue + 1;
        }
    }
}
