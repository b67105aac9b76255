namespace Federation.Awards.Tests.Storage;

/// <summary>
/// A seoul judge assigned three entries, in the middle of judging: one scored and rescored (six audit
/// lines), one scored under a disclosed conflict the secretariat excluded, one the judge is recused from.
/// Every message between the two copies is delivered.
/// </summary>
internal sealed class Panel
{
    public Panel()
    {
        World = new World();
        (Scored, Disclosed, Recused) = (World.Nominate(Cast.NewTaipei), World.Nominate(Cast.NewTaipei), World.Nominate(Cast.Taipei));
        Judge = World.Assign(Cast.SeoulJudge, Scored, Disclosed, Recused);
    }

    public World World { get; }

    public Nominated Scored { get; }

    public Nominated Disclosed { get; }

    public Nominated Recused { get; }

    public Assigned Judge { get; }

    public Assignment AtJudge => Judge.AtJudge;

    public Assignment AtSecretariat => Judge.AtSecretariat;

    public Guid ScoredId => Scored.AtSecretariat.Id;

    public Guid DisclosedId => Disclosed.AtSecretariat.Id;

    public Guid RecusedId => Recused.AtSecretariat.Id;

    public static Panel Judged()
    {
        var p = new Panel();
        World.Ok(p.AtJudge.DeclareConflict(Cast.SeoulJudge, p.RecusedId, ConflictKind.Real, "Sits on the company's board", Assigning));
        World.Ok(p.AtJudge.Score(Cast.SeoulJudge, p.ScoredId, World.Scores(8, 7.5m, 6, 9), DuringJudging));
        World.Ok(p.AtJudge.Score(Cast.SeoulJudge, p.ScoredId,
            [new Score(Criterion.Impact, 8, "Clear figures"), new Score(Criterion.Innovation, 9.5m, "  Novel sensing ")], DuringJudging.AddHours(1)));
        World.Ok(p.AtJudge.DeclareConflict(Cast.SeoulJudge, p.DisclosedId, ConflictKind.Apparent, "Co-authored a paper", DuringJudging));
        World.Ok(p.AtJudge.Score(Cast.SeoulJudge, p.DisclosedId, World.Scores(10, 0, 7.50m, 5), DuringJudging.AddHours(2)));

        World.Ok(p.AtSecretariat.ApplySheet(p.AtJudge.Submission(p.ScoredId)!));
        World.Ok(p.AtSecretariat.ApplySheet(p.AtJudge.Submission(p.DisclosedId)!));
        World.Ok(p.AtSecretariat.ApplyConflict(p.AtJudge.Declaration(p.RecusedId)!));
        World.Ok(p.AtSecretariat.ApplyConflict(p.AtJudge.Declaration(p.DisclosedId)!));
        World.Ok(p.AtSecretariat.ExcludeConflict(Cast.Secretariat, p.World.Cycle, p.DisclosedId, true, " Same research group ", DuringJudging.AddHours(3)));
        World.Ok(p.AtJudge.ApplyRuling(p.AtSecretariat.Ruling(p.DisclosedId)!));
        return p;
    }
}
