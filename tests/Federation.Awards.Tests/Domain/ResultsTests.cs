namespace Federation.Awards.Tests.Domain;

public sealed class ResultsTests
{
    [Fact]
    public void The_shortlist_holds_at_most_the_cycles_finalists_and_at_least_one_per_label()
    {
        var f = new Finale(new World(Input() with { Finalists = 3 }));

        var tooMany = f.Shortlist(Cast.Secretariat, AfterJudging, f.A, f.B, f.C, f.D);
        var tooFew = f.Shortlist(Cast.Secretariat, AfterJudging, f.A);
        var twice = f.Shortlist(Cast.Secretariat, AfterJudging, f.A, f.A);

        Assert.All([tooMany, tooFew, twice], r => Assert.Equal(("entryIds", StepKind.Invalid), (r.Field, r.Kind)));
        Assert.Empty(f.Cycle.Finalists);
    }

    [Fact]
    public void Only_nominated_entries_of_the_cycle_are_shortlisted()
    {
        var f = new Finale(new World());
        World.Ok(f.Entries[1].Home.Withdraw(Cast.NewTaipeiAgency, f.World.CycleAt(Cast.NewTaipei), Assigning));
        World.Ok(f.Entries[1].AtSecretariat.ApplyWithdrawal(f.Entries[1].Home.Withdrawal!));

        var withdrawn = f.Shortlist(Cast.Secretariat, AfterJudging, f.A, f.B);
        var unknown = f.Shortlist(Cast.Secretariat, AfterJudging, f.A, Guid.NewGuid());

        Assert.Equal(StepKind.Invalid, withdrawn.Kind);
        Assert.Equal(StepKind.Invalid, unknown.Kind);
    }

    [Fact]
    public void A_new_shortlist_replaces_the_old_one_and_the_winners_chosen_from_it()
    {
        var f = Finale.Chosen();

        World.Ok(f.Shortlist(Cast.Secretariat, AfterJudging.AddDays(1), f.D, f.C));

        Assert.Equal([f.D, f.C], f.Cycle.Finalists.Select(x => x.EntryId));
        Assert.Empty(f.Cycle.Winners);
        Assert.Equal(StepKind.Unchanged, f.Shortlist(Cast.Secretariat, AfterJudging.AddDays(2), f.D, f.C).Kind);
    }

    [Fact]
    public void Winners_following_the_ranking_need_no_reason()
    {
        var f = Finale.Chosen();

        Assert.Equal([("Winner", f.A), ("Winner", f.B), ("Most Promising City Project", f.C)], f.Cycle.Winners.Select(x => (x.Label, x.Entry.EntryId)));
        Assert.All(f.Cycle.Winners, x => Assert.True(x.FollowsRanking));
    }

    [Fact]
    public void A_winner_who_is_not_the_highest_ranked_finalist_left_needs_a_reason()
    {
        var f = Finale.Shortlisted();
        WinnerChoice[] skippingB = [new("Winner", f.A), new("Winner", f.C), new("Most Promising City Project", f.B)];

        var without = f.Cycle.ChooseWinners(Cast.Secretariat, skippingB, f.Ranking, AfterJudging);
        Assert.Equal(("winners[1].reason", StepKind.Invalid), (without.Field, without.Kind));
        Assert.Empty(f.Cycle.Winners);

        skippingB[1] = skippingB[1] with { Reason = "Its pitch showed results in three cities" };
        World.Ok(f.Cycle.ChooseWinners(Cast.Secretariat, skippingB, f.Ranking, AfterJudging));

        Assert.Equal([true, false, true], f.Cycle.Winners.Select(x => x.FollowsRanking));
        Assert.Equal("Its pitch showed results in three cities", f.Cycle.Winners[1].Reason);
    }

    [Fact]
    public void Finalists_the_ranking_does_not_place_come_after_those_it_does()
    {
        var f = Finale.Shortlisted();

        World.Ok(f.Cycle.ChooseWinners(Cast.Secretariat, [new("Winner", f.C), new("Winner", f.D), new("most promising city project", f.A)], [f.C, f.D], AfterJudging));

        Assert.Equal([true, true, true], f.Cycle.Winners.Select(x => x.FollowsRanking));
        Assert.Equal("Most Promising City Project", f.Cycle.Winners[2].Label);
    }

    public static TheoryData<string, string> WrongChoices() => new()
    {
        { "an entry not shortlisted", "winners[0].entryId" },
        { "a label the cycle does not give", "winners[0].label" },
        { "an entry winning twice", "winners[1].entryId" },
        { "a label not given", "winners" },
        { "more winners than the cycle has", "winners" },
        { "no winner", "winners" },
    };

    [Theory]
    [MemberData(nameof(WrongChoices))]
    public void Winners_are_finalists_given_each_label_at_least_once(string wrong, string field)
    {
        var f = Finale.Shortlisted(new World(Input() with { Finalists = 4, Winners = 3 }));
        World.Ok(f.Shortlist(Cast.Secretariat, AfterJudging, f.A, f.B, f.C));
        WinnerChoice[] choices = wrong switch
        {
            "an entry not shortlisted" => [new("Winner", f.D), new("Most Promising City Project", f.A)],
            "a label the cycle does not give" => [new("Special award", f.A), new("Most Promising City Project", f.B)],
            "an entry winning twice" => [new("Winner", f.A), new("Most Promising City Project", f.A)],
            "a label not given" => [new("Winner", f.A), new("Winner", f.B)],
            "more winners than the cycle has" => [new("Winner", f.A), new("Winner", f.B), new("Winner", f.C), new("Most Promising City Project", f.D)],
            _ => [],
        };

        var result = f.Cycle.ChooseWinners(Cast.Secretariat, choices, f.Ranking, AfterJudging);

        Assert.Equal((field, StepKind.Invalid), (result.Field, result.Kind));
    }

    [Fact]
    public void Winners_are_chosen_from_a_shortlist()
    {
        var f = new Finale(new World());

        Assert.Equal(StepKind.Conflict, f.Cycle.ChooseWinners(Cast.Secretariat, f.FollowingTheRanking, f.Ranking, AfterJudging).Kind);
    }

    [Fact]
    public void Results_are_published_once_the_winners_are_chosen()
    {
        var f = Finale.Shortlisted();

        Assert.Equal(StepKind.Conflict, f.Cycle.Publish(Cast.Secretariat, null, AfterJudging).Kind);
        Assert.Null(f.Cycle.PublishedAt);
    }

    [Fact]
    public void A_published_cycle_never_changes()
    {
        var f = Finale.Published();
        var later = AfterJudging.AddDays(60);

        Assert.Equal(StepKind.Conflict, f.Cycle.Publish(Cast.Secretariat, null, later).Kind);
        Assert.Equal(StepKind.Conflict, f.Shortlist(Cast.Secretariat, later, f.D, f.C).Kind);
        Assert.Equal(StepKind.Conflict, f.Cycle.ChooseWinners(Cast.Secretariat, [new("Winner", f.D), new("Most Promising City Project", f.C)], f.Ranking, later).Kind);
        Assert.Equal(AfterJudging.AddDays(30), f.Cycle.PublishedAt);
        Assert.Equal(3, f.Cycle.Winners.Count);
    }

    [Fact]
    public void The_results_name_each_winner_and_finalist_with_its_city_and_solution_but_no_reasons()
    {
        var f = Finale.Published();

        var results = f.Cycle.Results()!;

        Assert.Equal((2031, "GO SMART Award 2031", Cast.Taipei), (results.Year, results.Name, results.SecretariatCity));
        Assert.Equal([(f.A, Cast.Seoul), (f.B, Cast.NewTaipei), (f.C, Cast.Taipei), (f.D, Cast.Seoul)], results.Finalists.Select(x => (x.EntryId, x.City)));
        Assert.Equal(("Winner", f.Entries[0].Home.SolutionId), (results.Winners[0].Label, results.Winners[0].Entry.SolutionId));
    }
}
