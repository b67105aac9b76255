namespace Federation.Awards.Tests.Domain;

/// <summary>The end of a cycle: four entries nominated, ranked A B C D by the ranking, shortlisted, winners chosen.</summary>
internal sealed class Finale
{
    public Finale(World w)
    {
        World = w;
        Entries = [w.Nominate(Cast.Seoul), w.Nominate(Cast.NewTaipei), w.Nominate(Cast.Taipei), w.Nominate(Cast.Seoul)];
    }

    public World World { get; }

    public IReadOnlyList<Nominated> Entries { get; }

    public Guid A => Entries[0].AtSecretariat.Id;
    public Guid B => Entries[1].AtSecretariat.Id;
    public Guid C => Entries[2].AtSecretariat.Id;
    public Guid D => Entries[3].AtSecretariat.Id;

    public IReadOnlyList<Entry> AtSecretariat => [.. Entries.Select(e => e.AtSecretariat)];

    /// <summary>The ranking's order, best first.</summary>
    public IReadOnlyList<Guid> Ranking => [A, B, C, D];

    public AwardCycle Cycle => World.Cycle;

    /// <summary>The winners as the ranking has them: A and B win, C is the most promising.</summary>
    public IReadOnlyList<WinnerChoice> FollowingTheRanking =>
        [new("Winner", A), new("Winner", B), new("Most Promising City Project", C)];

    public StepResult Shortlist(Actor by, DateTimeOffset now, params Guid[] ids) =>
        Cycle.Shortlist(by, ids.Length == 0 ? [A, B, C, D] : ids, AtSecretariat, now);

    public static StepResult Shortlisting(World w, Actor by, DateTimeOffset now) => new Finale(w).Shortlist(by, now);

    public static StepResult Choosing(World w, Actor by, DateTimeOffset now)
    {
        var f = Shortlisted(w);
        return f.Cycle.ChooseWinners(by, f.FollowingTheRanking, f.Ranking, now);
    }

    public static StepResult Publishing(World w, Actor by, DateTimeOffset now)
    {
        var f = Chosen(w);
        return f.Cycle.Publish(by, "Announced at the Smart City Summit & Expo", now);
    }

    public static Finale Shortlisted(World? w = null)
    {
        var f = new Finale(w ?? new World());
        World.Ok(f.Shortlist(Cast.Secretariat, AfterJudging));
        return f;
    }

    public static Finale Chosen(World? w = null)
    {
        var f = Shortlisted(w);
        World.Ok(f.Cycle.ChooseWinners(Cast.Secretariat, f.FollowingTheRanking, f.Ranking, AfterJudging));
        return f;
    }

    public static Finale Published(World? w = null)
    {
        var f = Chosen(w);
        World.Ok(f.Cycle.Publish(Cast.Secretariat, null, AfterJudging.AddDays(30)));
        return f;
    }
}
