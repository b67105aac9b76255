namespace Federation.Awards.Tests.Domain;

/// <summary>
/// A step someone takes, on a world made fresh for it, with valid values, so that only the party or the
/// time can refuse it. <see cref="InWindow"/> are times it is allowed at; <see cref="OutOfWindow"/> times it is not.
/// </summary>
internal sealed record Step(
    string Name,
    Actor RightParty,
    Actor[] WrongParties,
    DateTimeOffset[] InWindow,
    DateTimeOffset[] OutOfWindow,
    Func<Actor, DateTimeOffset, StepResult> Take);

internal static class Steps
{
    private static readonly Actor[] NotASeoulAgency =
        [Cast.NewTaipeiAgency, Cast.TaipeiAgency, Cast.SeoulStartup, Cast.Secretariat, Cast.SeoulJudge];

    private static readonly Actor[] NotTheSecretariat =
        [Cast.SeoulWithSecretariatRole, Cast.TaipeiAgency, Cast.SeoulAgency, Cast.TaipeiJudge, Cast.SeoulJudge];

    private static readonly Actor[] NotTheSeoulJudge =
        [Cast.OtherSeoulJudge, Cast.TaipeiJudge, Cast.NewTaipeiJudge, Cast.SeoulAgency, Cast.SeoulStartup, Cast.Secretariat];

    private static readonly DateTimeOffset[] Nominating = [NominationOpens, DuringNominations, NominationCloses.AddTicks(-1)];
    private static readonly DateTimeOffset[] NotNominating = [NominationOpens.AddTicks(-1), NominationCloses, Assigning, DuringJudging];
    private static readonly DateTimeOffset[] BeforeJudgingCloses = [DuringNominations, Assigning, DuringJudging, JudgingCloses.AddTicks(-1)];
    private static readonly DateTimeOffset[] OnceJudgingClosed = [JudgingCloses, AfterJudging];

    public static readonly Step[] All =
    [
        new("OpenCycle", Cast.Secretariat, [Cast.TaipeiAgency, Cast.SeoulAgency, Cast.TaipeiJudge, Cast.SeoulStartup], [Opened], [],
            (by, now) => AwardCycle.Open(by, Input(), now, out _)),
        new("Nominate", Cast.SeoulAgency, [Cast.SeoulStartup, Cast.NewTaipeiAgency, Cast.TaipeiAgency, Cast.Secretariat, Cast.SeoulJudge],
            Nominating, NotNominating, (by, now) => Nominate(new World(), by, now)),
        new("ApplyForNomination", Cast.SeoulStartup, [Cast.SeoulAgency, Cast.OtherSeoulStartup, Cast.SeoulStartupOfSameName, Cast.NewTaipeiStartupOfSameName, Cast.Secretariat, Cast.SeoulJudge],
            Nominating, NotNominating, (by, now) => ApplyFor(new World(), by, now)),
        new("Endorse", Cast.SeoulAgency, NotASeoulAgency, [DuringNominations, NominationCloses.AddTicks(-1)], [NominationCloses, DuringJudging],
            (by, now) => { var w = new World(); return w.Apply().Endorse(by, w.CycleAt(Cast.Seoul), now); }),
        new("Decline", Cast.SeoulAgency, NotASeoulAgency, [DuringNominations], [],
            (by, now) => new World().Apply().Decline(by, "Not this year", now)),
        new("Withdraw", Cast.SeoulAgency, NotASeoulAgency, [DuringNominations, Assigning, JudgingOpens.AddTicks(-1)], [JudgingOpens, DuringJudging],
            (by, now) => { var w = new World(); return w.Nominate(Cast.Seoul).Home.Withdraw(by, w.CycleAt(Cast.Seoul), now); }),
        new("WithdrawApplication", Cast.SeoulStartup, [Cast.OtherSeoulStartup, Cast.SeoulStartupOfSameName, Cast.NewTaipeiStartupOfSameName, Cast.NewTaipeiAgency, Cast.Secretariat],
            [DuringNominations], [JudgingOpens], (by, now) => { var w = new World(); return w.Apply().Withdraw(by, w.CycleAt(Cast.Seoul), now); }),
        new("EnrolJudge", Cast.SeoulAgency, NotASeoulAgency, [Opened], [],
            (by, now) => Judge.Enrol(by, Cast.Candidate(Cast.SeoulJudge), "Prof. Park", [], Cast.Taipei, false, now, out _)),
        new("AssignJudge", Cast.Secretariat, NotTheSecretariat, BeforeJudgingCloses, OnceJudgingClosed, (by, now) =>
        {
            var w = new World();
            var entry = w.Nominate(Cast.NewTaipei);
            return Assignment.Create(by, w.Cycle, World.Enrol(Cast.SeoulJudge).AtSecretariat, [entry.AtSecretariat], now, out _);
        }),
        new("AssignEntries", Cast.Secretariat, NotTheSecretariat, BeforeJudgingCloses, OnceJudgingClosed, (by, now) =>
        {
            var w = new World();
            var (judge, _) = w.SeoulJudgeOnNewTaipeiEntry();
            return judge.AtSecretariat.AssignEntries(by, w.Cycle, [w.Nominate(Cast.Taipei).AtSecretariat], now);
        }),
        new("UnassignEntries", Cast.Secretariat, NotTheSecretariat, BeforeJudgingCloses, OnceJudgingClosed, (by, now) =>
        {
            var w = new World();
            var (judge, entry) = w.SeoulJudgeOnNewTaipeiEntry();
            return judge.AtSecretariat.UnassignEntries(by, w.Cycle, [entry.AtSecretariat.Id], now);
        }),
        new("ExcludeConflict", Cast.Secretariat, NotTheSecretariat, [DuringJudging, AfterJudging], [], (by, now) =>
        {
            var w = new World();
            var (judge, entry) = w.SeoulJudgeOnNewTaipeiEntry();
            World.Ok(judge.AtJudge.DeclareConflict(Cast.SeoulJudge, entry.AtSecretariat.Id, ConflictKind.Apparent, "Co-authored a paper", Assigning));
            World.Ok(judge.AtSecretariat.ApplyConflict(judge.AtJudge.Declaration(entry.AtSecretariat.Id)!));
            return judge.AtSecretariat.ExcludeConflict(by, w.Cycle, entry.AtSecretariat.Id, true, "Too close", now);
        }),
        new("Shortlist", Cast.Secretariat, NotTheSecretariat, [JudgingCloses, AfterJudging], [DuringNominations, DuringJudging, JudgingCloses.AddTicks(-1)],
            (by, now) => Finale.Shortlisting(new World(), by, now)),
        new("ChooseWinners", Cast.Secretariat, NotTheSecretariat, [AfterJudging], [],
            (by, now) => Finale.Choosing(new World(), by, now)),
        new("Publish", Cast.Secretariat, NotTheSecretariat, [AfterJudging], [],
            (by, now) => Finale.Publishing(new World(), by, now)),
        new("DeclareConflict", Cast.SeoulJudge, NotTheSeoulJudge, BeforeJudgingCloses[1..], OnceJudgingClosed, (by, now) =>
        {
            var (judge, entry) = new World().SeoulJudgeOnNewTaipeiEntry();
            return judge.AtJudge.DeclareConflict(by, entry.AtSecretariat.Id, ConflictKind.Potential, "Advised the city once", now);
        }),
        new("Score", Cast.SeoulJudge, NotTheSeoulJudge, [JudgingOpens, DuringJudging, JudgingCloses.AddTicks(-1)],
            [Assigning, JudgingOpens.AddTicks(-1), JudgingCloses, AfterJudging], (by, now) =>
        {
            var (judge, entry) = new World().SeoulJudgeOnNewTaipeiEntry();
            return judge.AtJudge.Score(by, entry.AtSecretariat.Id, World.Scores(8, 7.5m, 6, 9), now);
        }),
    ];

    public static Step Named(string name) => All.Single(s => s.Name == name);

    private static StepResult Nominate(World w, Actor by, DateTimeOffset now)
    {
        var solution = World.Solution(Cast.Seoul);
        return Entry.Nominate(by, w.CycleAt(by.City), World.Input(solution), new NominationFacts(solution, false, []), now, out _);
    }

    private static StepResult ApplyFor(World w, Actor by, DateTimeOffset now)
    {
        var solution = World.Solution(Cast.Seoul);
        return Entry.ApplyForNomination(by, w.CycleAt(by.City), World.Input(solution), new NominationFacts(solution, false, []), now, out _);
    }
}
