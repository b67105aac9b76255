namespace Federation.Awards.Tests.Storage;

/// <summary>Steps taken on copies loaded from the file, each in its own context, as endpoints and consumers take them.</summary>
public sealed class UpdateTests : UpdateTests<AwardFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class UpdateTestsOnPostgres : UpdateTests<PostgresAwardFiles>;

public abstract class UpdateTests<TStore> : TestsWith<TStore> where TStore : AwardFiles, new()
{
    [Fact]
    public async Task Scores_given_and_changed_on_a_loaded_copy_are_kept_there_and_at_the_secretariat()
    {
        var p = new Panel();
        await Scratch.SaveAsync(Cast.Seoul, p.AtJudge);
        await Scratch.SaveAsync(Cast.Taipei, p.AtSecretariat);

        await Scratch.ChangeAsync<Assignment>(Cast.Seoul, p.AtJudge.Id, a => a.Score(Cast.SeoulJudge, p.ScoredId, World.Scores(8, 7.5m, 6, 9), DuringJudging));
        var judged = await Scratch.ChangeAsync<Assignment>(Cast.Seoul, p.AtJudge.Id,
            a => a.Score(Cast.SeoulJudge, p.ScoredId, [new Score(Criterion.Impact, 8, "Clear figures")], DuringJudging.AddHours(1)));
        await Scratch.ChangeAsync<Assignment>(Cast.Taipei, p.AtSecretariat.Id, a => a.ApplySheet(judged.Submission(p.ScoredId)!));

        foreach (var city in new[] { Cast.Seoul, Cast.Taipei })
        {
            var read = await Scratch.LoadAsync<Assignment>(city, p.AtJudge.Id);
            Assert.Equal((2, 5), (read.SheetFor(p.ScoredId)!.Sequence, read.History.Count));
            Assert.Equal(Observed.Of(judged.Submission(p.ScoredId)), Observed.Of(read.Submission(p.ScoredId)));
        }
    }

    [Fact]
    public async Task A_conflict_declared_and_ruled_on_loaded_copies_is_kept_on_both()
    {
        var p = new Panel();
        await Scratch.SaveAsync(Cast.Seoul, p.AtJudge);
        await Scratch.SaveAsync(Cast.Taipei, p.AtSecretariat);

        var declared = await Scratch.ChangeAsync<Assignment>(Cast.Seoul, p.AtJudge.Id,
            a => a.DeclareConflict(Cast.SeoulJudge, p.DisclosedId, ConflictKind.Potential, "Advised the city once", DuringJudging));
        await Scratch.ChangeAsync<Assignment>(Cast.Taipei, p.AtSecretariat.Id, a => a.ApplyConflict(declared.Declaration(p.DisclosedId)!));
        var ruled = await Scratch.ChangeAsync<Assignment>(Cast.Taipei, p.AtSecretariat.Id,
            a => a.ExcludeConflict(Cast.Secretariat, p.World.Cycle, p.DisclosedId, true, "Too close", DuringJudging.AddHours(1)));
        await Scratch.ChangeAsync<Assignment>(Cast.Seoul, p.AtJudge.Id, a => a.ApplyRuling(ruled.Ruling(p.DisclosedId)!));

        foreach (var city in new[] { Cast.Seoul, Cast.Taipei })
        {
            var read = await Scratch.LoadAsync<Assignment>(city, p.AtJudge.Id);
            Assert.Equal(SheetStanding.Excluded, read.StandingOf(p.DisclosedId));
            Assert.Equal(ruled.ConflictOn(p.DisclosedId), read.ConflictOn(p.DisclosedId));
        }
    }

    [Fact]
    public async Task Entries_assigned_and_taken_on_a_loaded_copy_reach_the_judges_copy_with_the_version()
    {
        var p = new Panel();
        var added = p.World.Nominate(Cast.NewTaipei).AtSecretariat;
        await Scratch.SaveAsync(Cast.Seoul, p.AtJudge);
        await Scratch.SaveAsync(Cast.Taipei, p.AtSecretariat);

        await Scratch.ChangeAsync<Assignment>(Cast.Taipei, p.AtSecretariat.Id, a => a.AssignEntries(Cast.Secretariat, p.World.Cycle, [added], Assigning.AddHours(1)));
        var changed = await Scratch.ChangeAsync<Assignment>(Cast.Taipei, p.AtSecretariat.Id,
            a => a.UnassignEntries(Cast.Secretariat, p.World.Cycle, [p.RecusedId], Assigning.AddHours(2)));
        await Scratch.ChangeAsync<Assignment>(Cast.Seoul, p.AtJudge.Id, a => a.ApplyAssignment(changed.Snapshot()));

        var read = await Scratch.LoadAsync<Assignment>(Cast.Seoul, p.AtJudge.Id);
        Assert.Equal([p.ScoredId, p.DisclosedId, added.Id], read.Entries.Select(e => e.EntryId));
        Assert.Equal((3L, Observed.Of(changed.Snapshot())), (read.Version, Observed.Of(read.Snapshot())));
    }

    [Fact]
    public async Task A_cycle_shortlisted_chosen_and_published_step_by_step_is_kept_and_heard_by_a_replica()
    {
        var f = new Finale(new World());
        var replica = f.World.CycleAt(Cast.Seoul);
        await Scratch.SaveAsync(Cast.Taipei, f.Cycle);
        await Scratch.SaveAsync(Cast.Seoul, replica);

        await Scratch.ChangeAsync<AwardCycle>(Cast.Taipei, f.Cycle.Id, c => c.Shortlist(Cast.Secretariat, [f.D, f.C, f.B, f.A], f.AtSecretariat, AfterJudging));
        await Scratch.ChangeAsync<AwardCycle>(Cast.Taipei, f.Cycle.Id, c => c.ChooseWinners(Cast.Secretariat,
            [new("Winner", f.A), new("Winner", f.B), new("Most Promising City Project", f.D, "Most promising")], f.Ranking, AfterJudging.AddDays(1)));
        var published = await Scratch.ChangeAsync<AwardCycle>(Cast.Taipei, f.Cycle.Id, c => c.Publish(Cast.Secretariat, "At the Expo", AfterJudging.AddDays(2)));
        await Scratch.ChangeAsync<AwardCycle>(Cast.Seoul, f.Cycle.Id, c => c.ApplyResults(published.Results()!));

        var atSecretariat = await Scratch.LoadAsync<AwardCycle>(Cast.Taipei, f.Cycle.Id);
        var heard = await Scratch.LoadAsync<AwardCycle>(Cast.Seoul, f.Cycle.Id);
        Assert.Equal([f.D, f.C, f.B, f.A], atSecretariat.Finalists.Select(x => x.EntryId));
        Assert.Equal([(f.A, true), (f.B, true), (f.D, false)], atSecretariat.Winners.Select(w => (w.Entry.EntryId, w.FollowsRanking)));
        Assert.Equal(Observed.Of(published), Observed.Of(atSecretariat));
        Assert.Equal(published.Results(), heard.Results());
    }

    [Fact]
    public async Task An_application_endorsed_then_withdrawn_on_loaded_copies_is_kept_and_heard_by_the_secretariat()
    {
        var w = new World();
        var applied = w.Apply();
        await Scratch.SaveAsync(Cast.Seoul, applied);

        var endorsed = await Scratch.ChangeAsync<Entry>(Cast.Seoul, applied.Id, e => e.Endorse(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), DuringNominations, "Strong pilot"));
        World.Ok(Entry.Receive(endorsed.ToSubmission()!, w.Cycle, Cast.Taipei, out var received));
        await Scratch.SaveAsync(Cast.Taipei, received!);
        var withdrawn = await Scratch.ChangeAsync<Entry>(Cast.Seoul, applied.Id, e => e.Withdraw(Cast.SeoulStartup, w.CycleAt(Cast.Seoul), Assigning, "Pivoted"));
        await Scratch.ChangeAsync<Entry>(Cast.Taipei, applied.Id, e => e.ApplyWithdrawal(withdrawn.Withdrawal!));

        var home = await Scratch.LoadAsync<Entry>(Cast.Seoul, applied.Id);
        var there = await Scratch.LoadAsync<Entry>(Cast.Taipei, applied.Id);
        Assert.Equal((EntryStatus.Withdrawn, "Strong pilot", "Pivoted"), (home.Status, home.EndorsementNote, home.Withdrawal?.Reason));
        Assert.Equal((EntryStatus.Withdrawn, withdrawn.Withdrawal), (there.Status, there.Withdrawal));
    }
}
