namespace Federation.Awards.Tests.Domain;

public sealed class PartyTests
{
    public static TheoryData<string> StepNames() => [.. Steps.All.Select(s => s.Name)];

    public static TheoryData<string, string> WrongParties()
    {
        var cells = new TheoryData<string, string>();
        foreach (var step in Steps.All)
            foreach (var actor in step.WrongParties) cells.Add(step.Name, actor.UserId);
        return cells;
    }

    [Theory]
    [MemberData(nameof(WrongParties))]
    public void A_step_by_the_wrong_party_is_forbidden(string stepName, string actor)
    {
        var step = Steps.Named(stepName);

        var result = step.Take(Cast.Named(actor), step.InWindow[0]);

        Assert.Equal(StepKind.Forbidden, result.Kind);
    }

    [Theory]
    [MemberData(nameof(StepNames))]
    public void The_right_party_takes_each_step(string stepName)
    {
        var step = Steps.Named(stepName);

        World.Ok(step.Take(step.RightParty, step.InWindow[0]));
    }

    [Fact]
    public void Another_agency_of_the_nominating_city_endorses_an_application()
    {
        var w = new World();

        World.Ok(w.Apply().Endorse(Cast.OtherSeoulAgency, w.CycleAt(Cast.Seoul), Calendar.DuringNominations));
    }

    [Fact]
    public void The_secretariat_cannot_act_on_another_citys_copy_of_the_cycle()
    {
        var f = new Finale(new World());
        var seoulCopy = f.World.CycleAt(Cast.Seoul);

        var result = seoulCopy.Shortlist(Cast.Secretariat, [f.A, f.B], f.AtSecretariat, Calendar.AfterJudging);

        Assert.Equal(StepKind.Forbidden, result.Kind);
        Assert.Empty(seoulCopy.Finalists);
    }

    [Fact]
    public void The_judge_cannot_score_on_the_secretariats_copy()
    {
        var (judge, entry) = new World().SeoulJudgeOnNewTaipeiEntry();

        var result = judge.AtSecretariat.Score(Cast.SeoulJudge, entry.AtSecretariat.Id, World.Scores(5, 5, 5, 5), Calendar.DuringJudging);

        Assert.Equal(StepKind.Forbidden, result.Kind);
        Assert.Empty(judge.AtSecretariat.Sheets);
    }

    [Fact]
    public void The_agency_cannot_withdraw_on_the_secretariats_copy()
    {
        var w = new World();
        var entry = w.Nominate(Cast.Seoul);

        var result = entry.AtSecretariat.Withdraw(Cast.SeoulAgency, w.Cycle, Calendar.DuringNominations);

        Assert.Equal(StepKind.Forbidden, result.Kind);
        Assert.Equal(EntryStatus.Nominated, entry.AtSecretariat.Status);
    }

    [Fact]
    public void A_judge_of_the_secretariats_city_scores_on_the_one_copy_there()
    {
        var w = new World();
        var entry = w.Nominate(Cast.Seoul);
        var judge = w.Assign(Cast.TaipeiJudge, entry);

        World.Ok(judge.AtSecretariat.Score(Cast.TaipeiJudge, entry.AtSecretariat.Id, World.Scores(5, 5, 5, 5), Calendar.DuringJudging));
        Assert.Same(judge.AtSecretariat, judge.AtJudge);
    }
}
