namespace Federation.Awards.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class CycleRoundTripTests : CycleRoundTripTests<AwardFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class CycleRoundTripTestsOnPostgres : CycleRoundTripTests<PostgresAwardFiles>;

public abstract class CycleRoundTripTests<TStore> : TestsWith<TStore> where TStore : AwardFiles, new()
{
    /// <summary>Every copy of a cycle a city holds, at every stage, by the city holding it.</summary>
    private static readonly Dictionary<string, Func<(string City, AwardCycle Cycle)>> Copies = new()
    {
        ["opened at the secretariat"] = () => (Cast.Taipei, new World().Cycle),
        ["replica of the call"] = () => (Cast.Seoul, new World().CycleAt(Cast.Seoul)),
        ["opened with the lowest-spread rule, normalised, asking for trials"] = () => (Cast.Taipei, new World(Input() with
        {
            TieBreak = new TieBreak(TieBreakRule.LowestSpread), NormaliseScores = true, RequiresVerifiedTrial = true,
            Criteria = [new("reach", "Reach", 55m), new("cost", "Cost", 45m)],
        }).Cycle),
        ["opened with its name and labels in other languages"] = () => (Cast.Taipei, new World(Input() with
        {
            Translations = new(new Dictionary<string, string> { ["zh-TW"] = "GO SMART 獎", ["ko"] = "GO SMART 어워드" },
                new Dictionary<string, IReadOnlyDictionary<string, string>> { ["Winner"] = new Dictionary<string, string> { ["ko"] = "대상" } }),
        }).Cycle),
        ["shortlisted"] = () => (Cast.Taipei, Finale.Shortlisted().Cycle),
        ["winners chosen, one against the ranking"] = () =>
        {
            var f = Finale.Shortlisted();
            World.Ok(f.Cycle.ChooseWinners(Cast.Secretariat,
                [new("Winner", f.B, "  Stronger evidence from two cities "), new("Winner", f.A), new("most promising city project", f.D, "Broadest reach")],
                f.Ranking, AfterJudging));
            return (Cast.Taipei, f.Cycle);
        },
        ["published"] = () =>
        {
            var f = Finale.Chosen();
            World.Ok(f.Cycle.Publish(Cast.Secretariat, "Announced at the Smart City Summit & Expo", AfterJudging.AddDays(30)));
            return (Cast.Taipei, f.Cycle);
        },
        ["published with the announcement in other languages"] = () =>
        {
            var f = Finale.Chosen();
            World.Ok(f.Cycle.Publish(Cast.Secretariat, "Congratulations", AfterJudging.AddDays(30),
                new Dictionary<string, string> { ["zh-TW"] = "恭喜", ["ko"] = "축하합니다" }));
            return (Cast.Taipei, f.Cycle);
        },
        ["replica that heard the results"] = () =>
        {
            var f = Finale.Published();
            var replica = f.World.CycleAt(Cast.NewTaipei);
            World.Ok(replica.ApplyResults(f.Cycle.Results()!));
            return (Cast.NewTaipei, replica);
        },
    };

    public static TheoryData<string> Stages() => [.. Copies.Keys];

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task A_cycle_reads_back_as_it_was_saved(string stage)
    {
        var (city, saved) = Copies[stage]();

        await Scratch.SaveAsync(city, saved);
        var read = await Scratch.LoadAsync<AwardCycle>(city, saved.Id);

        Assert.Equal(Observed.Of(saved), Observed.Of(read));
        Assert.Equal(Behaviour(saved), Behaviour(read));
    }

    [Fact]
    public async Task A_published_cycle_keeps_its_finalists_and_winners_in_order_with_their_reasons()
    {
        var f = Finale.Shortlisted();
        World.Ok(f.Cycle.ChooseWinners(Cast.Secretariat,
            [new("Winner", f.C, "Scaled to three cities"), new("Winner", f.A), new("Most Promising City Project", f.B)], f.Ranking, AfterJudging));
        World.Ok(f.Cycle.Publish(Cast.Secretariat, null, AfterJudging.AddDays(30)));

        await Scratch.SaveAsync(Cast.Taipei, f.Cycle);
        var read = await Scratch.LoadAsync<AwardCycle>(Cast.Taipei, f.Cycle.Id);

        Assert.Equal([f.A, f.B, f.C, f.D], read.Finalists.Select(x => x.EntryId));
        Assert.Equal(f.Cycle.Finalists, read.Finalists);
        Assert.Equal(
            [("Winner", f.C, false, "Scaled to three cities"), ("Winner", f.A, true, null), ("Most Promising City Project", f.B, true, null)],
            read.Winners.Select(w => (w.Label, w.Entry.EntryId, w.FollowsRanking, w.Reason)));
        Assert.Equal(f.Cycle.Results(), read.Results());
        Assert.Equal(CycleStatus.Published, read.StatusAt(Opened));
    }

    [Fact]
    public async Task Criteria_weights_read_back_with_their_own_digits()
    {
        var w = new World();

        await Scratch.SaveAsync(Cast.Taipei, w.Cycle);
        var read = await Scratch.LoadAsync<AwardCycle>(Cast.Taipei, w.Cycle.Id);

        Assert.Equal(["30", "30", "20", "20"], read.Criteria.Select(c => c.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Criterion.Defaults, read.Criteria);
    }

    // What the cycle answers: its call as broadcast, its results, its stage over the year, its labels.
    private static string Behaviour(AwardCycle cycle) => string.Join("; ",
    [
        $"terms: {Observed.Of(cycle.Terms())}",
        $"results: {Observed.Of(cycle.Results())}",
        .. new[] { Opened, DuringNominations, Assigning, DuringJudging, AfterJudging }.Select(t => $"{cycle.StatusAt(t)}"),
        $"label: {cycle.LabelNamed("winner")}",
        $"secretariat copy: {cycle.IsSecretariatCopy}",
    ]);
}
