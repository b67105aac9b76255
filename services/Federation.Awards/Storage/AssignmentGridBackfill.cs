using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Awards.Storage;

/// <summary>
/// Writes the <see cref="AssignmentGrid"/> of the assignments saved before grids were kept (migration AssignmentGrids
/// adds the table empty): a grid is made from the assignment as the domain reads it, which SQL on either provider could
/// only imitate. Started after the schema upgrade and before the endpoints serve, so that no ranking meets an empty grid.
/// </summary>
internal sealed class AssignmentGridBackfill(IServiceScopeFactory scopes) : IHostedService
{
    // A batch's assignments are held in memory at once: a large cycle's are a megabyte or more each.
    private const int Batch = 50;

    public async Task StartAsync(CancellationToken ct)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            var missing = await db.Assignments.AsNoTracking().Where(a => !db.AssignmentGrids.Any(g => g.AssignmentId == a.Id))
                .Take(Batch).ToListAsync(ct);
            if (missing.Count == 0) return;
            db.AssignmentGrids.AddRange(missing.Select(AssignmentGrid.Of));
            await db.SaveChangesAsync(ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
