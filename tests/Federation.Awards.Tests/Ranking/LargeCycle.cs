namespace Federation.Awards.Tests.Ranking;

// Here, not global: the benchmarks that share this file also see the catalog's types of the same names.
using global::Federation.ServiceDefaults.Steps;

/// <summary>What a large cycle's judges leave undone or declare, as shares of the sheets (0 for a cycle where every sheet is scored).</summary>
public sealed record Disorder(double Recused = 0, double Disclosed = 0, double Missing = 0, double Incomplete = 0)
{
    public static Disorder None { get; } = new();

    public static Disorder Some { get; } = new(Recused: 0.03, Disclosed: 0.05, Missing: 0.05, Incomplete: 0.03);
}

/// <summary>
/// A cycle of many entries and judges, made through the domain's own steps as the endpoints would make it: taipei's
/// secretariat, entries nominated in seoul and new-taipei, and judges of taipei assigned every entry (one copy is
/// both the judge's and the secretariat's, so the judges score on it). Shared by the ranking's test and benchmark.
/// </summary>
public sealed class LargeCycle
{
    private const string Secretariat = "taipei";
    private static readonly DateTimeOffset Opened = new(2030, 8, 20, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor SecretariatUser = new(Secretariat, Actor.Secretariat, "sec", "GO SMART secretariat", Guid.NewGuid());
    private static readonly Actor Agency = new(Secretariat, Actor.Agency, "doit", "Taipei DoIT", Guid.NewGuid());

    public required AwardCycle Cycle { get; init; }
    public required IReadOnlyList<Entry> Entries { get; init; }
    public required IReadOnlyList<Judge> Judges { get; init; }
    public required IReadOnlyList<Assignment> Assignments { get; init; }

    /// <param name="seed">The same seed makes the same scores, so that runs compare.</param>
    public static LargeCycle Make(int entries, int judges, Disorder disorder, bool normalise = false, int seed = 1)
    {
        var random = new Random(seed);
        var (nomination, judging) = (new Window(Opened.AddDays(10), Opened.AddDays(100)), new Window(Opened.AddDays(110), Opened.AddDays(160)));
        var input = new CycleInput(2031, $"Large cycle {entries}x{judges}", ["Winner"], Criterion.Defaults, nomination, judging, 4, 3, normalise,
            new TieBreak(TieBreakRule.Criterion, Criterion.Impact), false);
        Ok(AwardCycle.Open(SecretariatUser, input, Opened, out var cycle));
        var received = Enumerable.Range(0, entries).Select(i => Nominated(cycle!, i)).ToList();
        var panel = new List<Judge>();
        var assignments = new List<Assignment>();
        for (var j = 0; j < judges; j++)
        {
            // A judge is enrolled once per city: each cycle enrols judges of its own.
            var user = new Actor(Secretariat, Actor.Judge, $"judge-{j}-{cycle!.Id:N}", "National Taiwan University", Guid.NewGuid());
            Ok(Judge.Enrol(Agency, new JudgeCandidate(user.UserId, $"{user.UserId}@taipei", Secretariat, Actor.Judge, user.Organisation),
                $"Prof. {j:D3}", ["transportation"], Secretariat, false, Opened, out var judge));
            Ok(Assignment.Create(SecretariatUser, cycle!, judge!, received, Opened.AddDays(105), out var assignment));
            // Each judge has a scale of their own, harsh or lenient, which normalisation is there to take out.
            var bias = random.Next(-20, 21) / 10m;
            foreach (var entry in received)
                Mark(assignment!, user, cycle!, entry.Id, bias, disorder, random);
            (panel, assignments) = ([.. panel, judge!], [.. assignments, assignment!]);
        }
        return new LargeCycle { Cycle = cycle!, Entries = received, Judges = panel, Assignments = assignments };
    }

    public async Task SaveAsync(AwardsDbContext db, CancellationToken ct = default)
    {
        db.Cycles.Add(Cycle);
        db.Entries.AddRange(Entries);
        db.Judges.AddRange(Judges);
        db.Assignments.AddRange(Assignments);
        await db.SaveChangesAsync(ct);
    }

    private static void Mark(Assignment assignment, Actor judge, AwardCycle cycle, Guid entryId, decimal bias, Disorder disorder, Random random)
    {
        var at = Opened.AddDays(120);
        var roll = random.NextDouble();
        var (recused, disclosed, missing) = (disorder.Recused, disorder.Recused + disorder.Disclosed, disorder.Recused + disorder.Disclosed + disorder.Missing);
        if (roll < recused)
        {
            Ok(assignment.DeclareConflict(judge, entryId, ConflictKind.Real, "My own company's client", at));
            return;
        }
        if (roll >= disclosed && roll < missing)
            return;
        if (roll < disclosed)
        {
            Ok(assignment.DeclareConflict(judge, entryId, random.Next(2) == 0 ? ConflictKind.Apparent : ConflictKind.Potential, "I know the founder", at));
            if (random.Next(2) == 0) Ok(assignment.ExcludeConflict(SecretariatUser, cycle, entryId, true, "Too close", at));
        }
        var scores = Criterion.Defaults.Select(c => new Score(c.Key, Math.Clamp(random.Next(0, 101) / 10m + bias, 0m, 10m))).ToList();
        var incomplete = roll >= missing && roll < missing + disorder.Incomplete;
        Ok(assignment.Score(judge, entryId, incomplete ? scores[..2] : scores, at.AddMinutes(1)));
    }

    private static Entry Nominated(AwardCycle cycle, int i)
    {
        var city = i % 2 == 0 ? "seoul" : "new-taipei";
        var submission = new EntrySubmission(Guid.NewGuid(), cycle.Id, city, Secretariat, Guid.NewGuid(),
            new Dictionary<string, string> { ["en"] = $"Smart bus stop {i}", ["zh-TW"] = $"智慧公車站 {i}" },
            new Dictionary<string, string> { ["en"] = $"Real-time arrivals and shelter for stop {i}, with sensors that count who waits." },
            [], $"Cut waiting times by a fifth at stop {i}.", null, $"{city} smart city office",
            // Minutes apart, with a few at the same instant: the id then orders them.
            Opened.AddDays(20).AddMinutes(i - i % 7));
        Ok(Entry.Receive(submission, cycle, Secretariat, out var entry));
        return entry!;
    }

    private static void Ok(StepResult result)
    {
        if (result.Kind != StepKind.Ok) throw new InvalidOperationException($"Arranging a large cycle: {result}");
    }
}
