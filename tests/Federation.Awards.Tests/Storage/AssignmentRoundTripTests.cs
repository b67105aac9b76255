using System.Globalization;

namespace Federation.Awards.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class AssignmentRoundTripTests : AssignmentRoundTripTests<AwardFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class AssignmentRoundTripTestsOnPostgres : AssignmentRoundTripTests<PostgresAwardFiles>;

public abstract class AssignmentRoundTripTests<TStore> : TestsWith<TStore> where TStore : AwardFiles, new()
{
    /// <summary>Every copy of an assignment a city holds, at every stage, by the city holding it.</summary>
    private static readonly Dictionary<string, Func<(string City, Assignment Assignment)>> Copies = new()
    {
        ["created with entries at the secretariat"] = () => (Cast.Taipei, new Panel().AtSecretariat),
        ["received by the judge's city"] = () => (Cast.Seoul, new Panel().AtJudge),
        ["created with no entries"] = () =>
        {
            var w = new World();
            World.Ok(Assignment.Create(Cast.Secretariat, w.Cycle, World.Enrol(Cast.NewTaipeiJudge).AtSecretariat, [], Assigning, out var made));
            return (Cast.Taipei, made!);
        },
        ["one copy for a judge of the secretariat's city, scored"] = () =>
        {
            var w = new World();
            var entry = w.Nominate(Cast.Seoul);
            var judge = w.Assign(Cast.TaipeiJudge, entry);
            World.Ok(judge.AtJudge.Score(Cast.TaipeiJudge, entry.AtSecretariat.Id, World.Scores(1, 2.5m, 3, 4), DuringJudging));
            return (Cast.Taipei, judge.AtSecretariat);
        },
        ["scored, conflicts declared and ruled, at the judge's city"] = () => (Cast.Seoul, Panel.Judged().AtJudge),
        ["scored, conflicts declared and ruled, at the secretariat"] = () => (Cast.Taipei, Panel.Judged().AtSecretariat),
        ["entries reassigned after a withdrawal"] = () =>
        {
            var p = new Panel();
            World.Ok(p.AtSecretariat.DropWithdrawn(p.RecusedId, Assigning.AddHours(1)));
            World.Ok(p.AtSecretariat.AssignEntries(Cast.Secretariat, p.World.Cycle, [p.World.Nominate(Cast.NewTaipei).AtSecretariat], Assigning.AddHours(2)));
            World.Ok(p.AtJudge.ApplyAssignment(p.AtSecretariat.Snapshot()));
            return (Cast.Seoul, p.AtJudge);
        },
    };

    public static TheoryData<string> Stages() => [.. Copies.Keys];

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task An_assignment_reads_back_as_it_was_saved(string stage)
    {
        var (city, saved) = Copies[stage]();

        await Scratch.SaveAsync(city, saved);
        var read = await Scratch.LoadAsync<Assignment>(city, saved.Id);

        Assert.Equal(Observed.Of(saved), Observed.Of(read));
        Assert.Equal(Behaviour(saved), Behaviour(read));
    }

    [Fact]
    public async Task The_audit_log_reads_back_line_for_line_with_the_digits_scored()
    {
        var p = Panel.Judged();

        await Scratch.SaveAsync(Cast.Taipei, p.AtSecretariat);
        var read = await Scratch.LoadAsync<Assignment>(Cast.Taipei, p.AtSecretariat.Id);

        Assert.Equal(p.AtSecretariat.History, read.History);
        Assert.Equal(
        [
            "cross-domain  -> 8 1", "impact  -> 7.5 1", "functionality  -> 6 1", "innovation  -> 9 1",
            "impact 7.5 -> 8 2 Clear figures", "innovation 9 -> 9.5 2 Novel sensing",
            "cross-domain  -> 10 1", "impact  -> 0 1", "functionality  -> 7.50 1", "innovation  -> 5 1",
        ], read.History.Select(Line));
        Assert.Equal(["8", "8", "6", "9.5"], read.SheetFor(p.ScoredId)!.Scores.Select(s => Text(s.Value)));
        Assert.Equal([null, "Clear figures", null, "Novel sensing"], read.SheetFor(p.ScoredId)!.Scores.Select(s => s.Comment));
    }

    [Fact]
    public async Task Conflicts_read_back_with_their_rulings()
    {
        var p = Panel.Judged();

        await Scratch.SaveAsync(Cast.Seoul, p.AtJudge);
        var read = await Scratch.LoadAsync<Assignment>(Cast.Seoul, p.AtJudge.Id);

        Assert.Equal(new DeclaredConflict(p.RecusedId, ConflictKind.Real, "Sits on the company's board", Assigning), read.ConflictOn(p.RecusedId));
        Assert.Equal(new DeclaredConflict(p.DisclosedId, ConflictKind.Apparent, "Co-authored a paper", DuringJudging, true, "Same research group", DuringJudging.AddHours(3)),
            read.ConflictOn(p.DisclosedId));
        Assert.Equal([SheetStanding.Counts, SheetStanding.Excluded, SheetStanding.Recused], new[] { p.ScoredId, p.DisclosedId, p.RecusedId }.Select(read.StandingOf));
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Line(ScoreChange c) => $"{c.CriterionKey} {Text(c.Old)} -> {Text(c.New)} {c.Sequence} {c.Comment}".TrimEnd();

    // What the assignment answers: what it sends each way, where each entry stands, which sheets count.
    private static string Behaviour(Assignment a) => string.Join("; ",
    [
        $"snapshot: {Observed.Of(a.Snapshot())}",
        .. a.Entries.Select(e =>
            $"{e.EntryId}: {a.StandingOf(e.EntryId)} {Observed.Of(a.Submission(e.EntryId))} {Observed.Of(a.Declaration(e.EntryId))} {Observed.Of(a.Ruling(e.EntryId))}"),
        $"counting: {string.Join(",", a.CountingSheets().Select(s => s.EntryId))}",
        $"copies: {a.IsSecretariatCopy} {a.IsJudgeCopy}",
    ]);
}
