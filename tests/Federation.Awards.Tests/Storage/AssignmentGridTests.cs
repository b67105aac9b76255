using System.Globalization;
using Federation.Awards.Features.Secretariat;

namespace Federation.Awards.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class AssignmentGridTests : AssignmentGridTests<AwardFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class AssignmentGridTestsOnPostgres : AssignmentGridTests<PostgresAwardFiles>;

/// <summary>The score grid a ranking reads says of every assigned entry what the assignment itself says.</summary>
public abstract class AssignmentGridTests<TStore> : TestsWith<TStore> where TStore : AwardFiles, new()
{
    [Fact]
    public async Task A_saved_assignment_grids_each_entry_as_the_assignment_stands_on_it()
    {
        var p = Panel.Judged();

        await Scratch.SaveAsync(Cast.Taipei, p.AtSecretariat);

        Assert.Equal(Said(p.AtSecretariat), Gridded(await GridAsync(Cast.Taipei, p.AtSecretariat.Id)));
    }

    [Fact]
    public async Task A_grid_keeps_the_digits_scored()
    {
        var p = Panel.Judged();

        await Scratch.SaveAsync(Cast.Taipei, p.AtSecretariat);

        var row = (await GridAsync(Cast.Taipei, p.AtSecretariat.Id)).Rows.Single(r => r.EntryId == p.DisclosedId);
        Assert.Equal(["10", "0", "7.50", "5"], p.AtSecretariat.SheetFor(p.DisclosedId)!.Scores.Select(s => Text(row.Scores[s.CriterionKey])));
    }

    [Fact]
    public async Task A_grid_follows_each_change_saved_to_its_assignment()
    {
        var p = new Panel();
        await Scratch.SaveAsync(Cast.Seoul, p.AtJudge);

        await Scratch.ChangeAsync<Assignment>(Cast.Seoul, p.AtJudge.Id,
            a => a.DeclareConflict(Cast.SeoulJudge, p.RecusedId, ConflictKind.Real, "Sits on the company's board", Assigning));
        var changed = await Scratch.ChangeAsync<Assignment>(Cast.Seoul, p.AtJudge.Id,
            a => a.Score(Cast.SeoulJudge, p.ScoredId, World.Scores(8, 7.5m, 6, 9), DuringJudging));

        Assert.Equal(Said(changed), Gridded(await GridAsync(Cast.Seoul, p.AtJudge.Id)));
    }

    [Fact]
    public async Task Assignments_saved_before_grids_were_kept_get_theirs_at_start()
    {
        var p = Panel.Judged();
        await Scratch.SaveAsync(Cast.Taipei, p.AtSecretariat);
        await using (var db = Scratch.Open(Cast.Taipei)) await db.AssignmentGrids.ExecuteDeleteAsync();

        await using var services = new ServiceCollection().AddScoped(_ => Scratch.Open(Cast.Taipei)).BuildServiceProvider();
        await new AssignmentGridBackfill(services.GetRequiredService<IServiceScopeFactory>()).StartAsync(default);

        Assert.Equal(Said(p.AtSecretariat), Gridded(await GridAsync(Cast.Taipei, p.AtSecretariat.Id)));
    }

    private async Task<ScoreGrid> GridAsync(string city, Guid assignmentId)
    {
        await using var db = Scratch.Open(city);
        return ScoreGrid.Read((await db.AssignmentGrids.SingleAsync(g => g.AssignmentId == assignmentId)).Grid);
    }

    // Each assigned entry: the judge's conflict, where the judge stands, the scores held.
    private static string[] Said(Assignment a) => [.. a.Entries.Select(e => Line(e.EntryId, a.ConflictOn(e.EntryId)?.Kind, a.StandingOf(e.EntryId),
        a.SheetFor(e.EntryId)?.Scores.ToDictionary(s => s.CriterionKey, s => s.Value) ?? []))];

    private static string[] Gridded(ScoreGrid grid) => [.. grid.Rows.Select(r => Line(r.EntryId, r.Conflict, AssignedSheets.StandingOf(r), r.Scores))];

    private static string Line(Guid entryId, ConflictKind? conflict, SheetStanding standing, IReadOnlyDictionary<string, decimal> scores) =>
        $"{entryId} {conflict} {standing} {string.Join(" ", scores.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={Text(s.Value)}"))}";

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
