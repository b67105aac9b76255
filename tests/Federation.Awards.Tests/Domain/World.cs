namespace Federation.Awards.Tests.Domain;

/// <summary>An entry's copies: the nominating city's, and the secretariat's (the same object for a taipei entry).</summary>
internal sealed record Nominated(Entry Home, Entry AtSecretariat);

internal sealed record Enrolled(Judge Home, Judge AtSecretariat);

internal sealed record Assigned(Assignment AtSecretariat, Assignment AtJudge);

/// <summary>
/// One cycle across the three cities, brought about through the real steps with every message delivered.
/// Each test makes its own.
/// </summary>
internal sealed class World
{
    private readonly Dictionary<string, AwardCycle> replicas = [];

    public World(CycleInput? input = null)
    {
        Ok(AwardCycle.Open(Cast.Secretariat, input ?? Calendar.Input(), Calendar.Opened, out var cycle));
        Cycle = cycle!;
        foreach (var city in new[] { Cast.Seoul, Cast.NewTaipei })
        {
            Ok(AwardCycle.Receive(Cycle.Terms(), city, out var replica));
            replicas[city] = replica!;
        }
    }

    /// <summary>The secretariat's copy, in taipei.</summary>
    public AwardCycle Cycle { get; }

    public AwardCycle CycleAt(string city) => city == Cast.Taipei ? Cycle : replicas[city];

    public static void Ok(StepResult result) =>
        Assert.True(result.Kind == StepKind.Ok, $"Expected Ok, got {result}");

    /// <summary>A listing of <paramref name="city"/>, provided by <paramref name="provider"/>'s organisation (SeoulStartup's unless said).</summary>
    public static ListedSolution Solution(string city, string title = "Smart bus stops", Actor? provider = null) =>
        new(Guid.NewGuid(), city, new Dictionary<string, string> { ["en"] = title }, new Dictionary<string, string> { ["en"] = $"{title} across the city" },
            (provider ?? Cast.SeoulStartup).OrganisationId, (provider ?? Cast.SeoulStartup).Organisation);

    public static NominationInput Input(ListedSolution solution, params Guid[] evidence) => new(solution.Id, evidence, "It cut waiting times by a fifth.");

    /// <summary>The city's agency nominates one of its solutions while nominations are open; the entry reaches the secretariat.</summary>
    public Nominated Nominate(string city, DateTimeOffset? at = null)
    {
        var solution = Solution(city);
        Ok(Entry.Nominate(Cast.AgencyOf(city), CycleAt(city), Input(solution), new NominationFacts(solution, false, []), at ?? Calendar.DuringNominations, out var home));
        return new Nominated(home!, Deliver(home!));
    }

    /// <summary>A seoul startup applies; the entry stays in seoul.</summary>
    public Entry Apply(Actor? startup = null)
    {
        var by = startup ?? Cast.SeoulStartup;
        var solution = Solution(by.City, provider: by);
        Ok(Entry.ApplyForNomination(by, CycleAt(by.City), Input(solution), new NominationFacts(solution, false, []), Calendar.DuringNominations, out var entry));
        return entry!;
    }

    /// <summary>The secretariat's copy of an entry nominated elsewhere; the entry itself when nominated in taipei.</summary>
    public Entry Deliver(Entry home)
    {
        if (home.City == Cast.Taipei) return home;
        Ok(Entry.Receive(home.ToSubmission()!, Cycle, Cast.Taipei, out var received));
        return received!;
    }

    /// <summary>The judge's city's agency enrols the judge; the enrolment reaches the secretariat.</summary>
    public static Enrolled Enrol(Actor judgeUser)
    {
        Ok(Judge.Enrol(Cast.AgencyOf(judgeUser.City), Cast.Candidate(judgeUser), $"Prof. {judgeUser.UserId}", ["transportation"],
            Cast.Taipei, false, Calendar.Opened, out var home));
        if (judgeUser.City == Cast.Taipei) return new Enrolled(home!, home!);
        Ok(Judge.Receive(home!.ToEnrolment(), Cast.Taipei, out var atSecretariat));
        return new Enrolled(home, atSecretariat!);
    }

    /// <summary>The secretariat puts the judge on the panel with these entries; the assignment reaches the judge's city.</summary>
    public Assigned Assign(Actor judgeUser, params Nominated[] entries)
    {
        var judge = Enrol(judgeUser);
        Ok(Assignment.Create(Cast.Secretariat, Cycle, judge.AtSecretariat, [.. entries.Select(e => e.AtSecretariat)], Calendar.Assigning, out var made));
        if (judgeUser.City == Cast.Taipei) return new Assigned(made!, made!);
        Ok(Assignment.Receive(made!.Snapshot(), judgeUser.City, out var received));
        return new Assigned(made, received!);
    }

    /// <summary>A seoul judge assigned a new-taipei entry, the usual arrangement of these tests.</summary>
    public (Assigned Judge, Nominated Entry) SeoulJudgeOnNewTaipeiEntry()
    {
        var entry = Nominate(Cast.NewTaipei);
        return (Assign(Cast.SeoulJudge, entry), entry);
    }

    public static IReadOnlyList<Score> Scores(decimal crossDomain, decimal impact, decimal functionality, decimal innovation) =>
    [
        new(Criterion.CrossDomain, crossDomain), new(Criterion.Impact, impact),
        new(Criterion.Functionality, functionality), new(Criterion.Innovation, innovation),
    ];
}
