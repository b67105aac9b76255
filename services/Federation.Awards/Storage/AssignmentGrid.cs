using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Federation.Awards.Storage;

/// <summary>
/// An assignment's <see cref="ScoreGrid"/>, in a table of its own, kept by storage alone: written with the assignment on
/// every save that adds or changes it (<see cref="Refresh"/>). Not a column of the assignment's row: SQLite stores a row's
/// columns one after the other, so reading a column behind the row's JSON (a megabyte or more in a large cycle) reads
/// the JSON's pages too; a grid of 1,000 entries × 25 judges took 11 ms to read that way.
/// </summary>
public sealed class AssignmentGrid
{
    public Guid AssignmentId { get; private set; }
    public Guid CycleId { get; private set; }
    public string HeldAt { get; private set; } = "";
    public Guid JudgeId { get; private set; }
    public byte[] Grid { get; private set; } = [];

    public static AssignmentGrid Of(Assignment assignment) => new AssignmentGrid { AssignmentId = assignment.Id }.Copy(assignment);

    public static void Map(EntityTypeBuilder<AssignmentGrid> e)
    {
        e.ToTable("AssignmentGrids");
        e.HasKey(g => g.AssignmentId);
        e.HasOne<Assignment>().WithOne().HasForeignKey<AssignmentGrid>(g => g.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        // A ranking reads the grids of one cycle's copies held here.
        e.HasIndex(g => new { g.CycleId, g.HeldAt });
    }

    /// <summary>Writes the grid of every assignment added or changed. Call after detecting changes.</summary>
    public static void Refresh(DbContext db)
    {
        var grids = db.Set<AssignmentGrid>();
        foreach (var row in db.ChangeTracker.Entries<Assignment>().Where(r => r.State is EntityState.Added or EntityState.Modified).ToList())
        {
            // A changed assignment's grid is replaced without reading it first: it exists from the assignment's first save.
            var grid = grids.Local.FindEntry(row.Entity.Id) ?? db.Entry(new AssignmentGrid { AssignmentId = row.Entity.Id });
            grid.Entity.Copy(row.Entity);
            if (grid.State is EntityState.Detached or EntityState.Unchanged)
                grid.State = row.State == EntityState.Added ? EntityState.Added : EntityState.Modified;
        }
    }

    private AssignmentGrid Copy(Assignment assignment)
    {
        (CycleId, HeldAt, JudgeId, Grid) = (assignment.CycleId, assignment.HeldAt, assignment.JudgeId, ScoreGrid.Of(assignment));
        return this;
    }
}
