using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Awards.Storage;

/// <summary>
/// Writes the <see cref="ScoreGrid"/> of the assignments saved before grids were kept (migration ScoreGrid adds the
/// column empty): the grid is made from the assignment as the domain reads it, which SQL on either provider could only
/// imitate. Started after the schema upgrade and before the endpoints serve, so that no ranking meets an empty grid.
/// </summary>
internal sealed class ScoreGridBackfill(IServiceScopeFactory scopes) : IHostedService
{
    // A batch's assignments are held in memory at once: a large cycle's are a megabyte or more each.
    private const int Batch = 50;

    public async Task StartAsync(CancellationToken ct)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            var stale = await db.Assignments.Where(a => EF.Property<byte[]?>(a, ScoreGrid.Column) == null).Take(Batch).ToListAsync(ct);
            if (stale.Count == 0) return;
            // Marked changed, the save writes their grids (and raises their versions, as any change does).
            foreach (var assignment in stale) db.Entry(assignment).Property(ScoreGrid.Column).IsModified = true;
            await db.SaveChangesAsync(ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
