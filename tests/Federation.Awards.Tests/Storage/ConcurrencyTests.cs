namespace Federation.Awards.Tests.Storage;

/// <summary>Two writers of one aggregate, each in its own context: the second to save what it read before the first saved is refused.</summary>
public sealed class ConcurrencyTests : ConcurrencyTests<AwardFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class ConcurrencyTestsOnPostgres : ConcurrencyTests<PostgresAwardFiles>;

public abstract class ConcurrencyTests<TStore> : TestsWith<TStore> where TStore : AwardFiles, new()
{
    [Fact]
    public async Task An_endorsement_and_a_decline_of_one_application_do_not_both_stand()
    {
        var w = new World();
        var applied = w.Apply();
        await Scratch.SaveAsync(Cast.Seoul, applied);
        await using var first = Scratch.Open(Cast.Seoul);
        await using var second = Scratch.Open(Cast.Seoul);
        var byFirst = await AwardFiles.Find<Entry>(first, applied.Id);
        var bySecond = await AwardFiles.Find<Entry>(second, applied.Id);

        World.Ok(byFirst.Endorse(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), DuringNominations));
        await first.SaveChangesAsync();
        World.Ok(bySecond.Decline(Cast.OtherSeoulAgency, "Not this year", DuringNominations));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal(EntryStatus.Nominated, (await Scratch.LoadAsync<Entry>(Cast.Seoul, applied.Id)).Status);
    }

    [Fact]
    public async Task A_score_racing_a_new_assignment_heard_by_the_judges_city_is_refused()
    {
        var p = new Panel();
        await Scratch.SaveAsync(Cast.Seoul, p.AtJudge);
        World.Ok(p.AtSecretariat.AssignEntries(Cast.Secretariat, p.World.Cycle, [p.World.Nominate(Cast.NewTaipei).AtSecretariat], Assigning.AddHours(1)));
        await using var consumer = Scratch.Open(Cast.Seoul);
        await using var endpoint = Scratch.Open(Cast.Seoul);
        var heard = await AwardFiles.Find<Assignment>(consumer, p.AtJudge.Id);
        var scored = await AwardFiles.Find<Assignment>(endpoint, p.AtJudge.Id);

        World.Ok(heard.ApplyAssignment(p.AtSecretariat.Snapshot()));
        await consumer.SaveChangesAsync();
        World.Ok(scored.Score(Cast.SeoulJudge, p.ScoredId, World.Scores(5, 5, 5, 5), DuringJudging));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => endpoint.SaveChangesAsync());
        var read = await Scratch.LoadAsync<Assignment>(Cast.Seoul, p.AtJudge.Id);
        Assert.Equal((4, 2L, 0), (read.Entries.Count, read.Version, read.Sheets.Count));
    }

    [Fact]
    public async Task A_sheet_heard_while_the_secretariat_reassigns_is_refused()
    {
        var p = new Panel();
        await Scratch.SaveAsync(Cast.Taipei, p.AtSecretariat);
        World.Ok(p.AtJudge.Score(Cast.SeoulJudge, p.ScoredId, World.Scores(5, 5, 5, 5), DuringJudging));
        await using var endpoint = Scratch.Open(Cast.Taipei);
        await using var consumer = Scratch.Open(Cast.Taipei);
        var reassigned = await AwardFiles.Find<Assignment>(endpoint, p.AtSecretariat.Id);
        var heard = await AwardFiles.Find<Assignment>(consumer, p.AtSecretariat.Id);

        World.Ok(reassigned.UnassignEntries(Cast.Secretariat, p.World.Cycle, [p.RecusedId], DuringJudging));
        await endpoint.SaveChangesAsync();
        World.Ok(heard.ApplySheet(p.AtJudge.Submission(p.ScoredId)!));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => consumer.SaveChangesAsync());
        Assert.Empty((await Scratch.LoadAsync<Assignment>(Cast.Taipei, p.AtSecretariat.Id)).Sheets);
    }

    [Fact]
    public async Task A_new_shortlist_racing_the_choice_of_winners_is_refused()
    {
        var f = Finale.Shortlisted();
        await Scratch.SaveAsync(Cast.Taipei, f.Cycle);
        await using var first = Scratch.Open(Cast.Taipei);
        await using var second = Scratch.Open(Cast.Taipei);
        var choosing = await AwardFiles.Find<AwardCycle>(first, f.Cycle.Id);
        var shortlisting = await AwardFiles.Find<AwardCycle>(second, f.Cycle.Id);

        World.Ok(choosing.ChooseWinners(Cast.Secretariat, f.FollowingTheRanking, f.Ranking, AfterJudging));
        await first.SaveChangesAsync();
        World.Ok(shortlisting.Shortlist(Cast.Secretariat, [f.D, f.C], f.AtSecretariat, AfterJudging));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        var read = await Scratch.LoadAsync<AwardCycle>(Cast.Taipei, f.Cycle.Id);
        Assert.Equal((4, 3), (read.Finalists.Count, read.Winners.Count));
    }

    [Fact]
    public async Task A_stale_write_of_a_judge_is_refused()
    {
        var judge = World.Enrol(Cast.SeoulJudge).Home;
        await Scratch.SaveAsync(Cast.Seoul, judge);
        await using var first = Scratch.Open(Cast.Seoul);
        await using var second = Scratch.Open(Cast.Seoul);
        var byFirst = await AwardFiles.Find<Judge>(first, judge.Id);
        var bySecond = await AwardFiles.Find<Judge>(second, judge.Id);

        // The domain has no step changing a judge yet: change the rows as a later one would.
        first.Entry(byFirst).Property(j => j.DisplayName).CurrentValue = "Prof. Park Ji-hoon";
        await first.SaveChangesAsync();
        second.Entry(bySecond).Property(j => j.DisplayName).CurrentValue = "Dr. Park";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("Prof. Park Ji-hoon", (await Scratch.LoadAsync<Judge>(Cast.Seoul, judge.Id)).DisplayName);
    }

    [Fact]
    public async Task Each_save_that_changes_an_aggregate_raises_its_version_and_one_that_does_not_leaves_it()
    {
        var p = new Panel();
        await Scratch.SaveAsync(Cast.Seoul, p.AtJudge);
        var versions = new List<long> { await Scratch.VersionOfAsync<Assignment>(Cast.Seoul, p.AtJudge.Id) };

        await Scratch.ChangeAsync<Assignment>(Cast.Seoul, p.AtJudge.Id, a => a.Score(Cast.SeoulJudge, p.ScoredId, World.Scores(5, 5, 5, 5), DuringJudging));
        versions.Add(await Scratch.VersionOfAsync<Assignment>(Cast.Seoul, p.AtJudge.Id));
        await using (var db = Scratch.Open(Cast.Seoul))
        {
            var a = await AwardFiles.Find<Assignment>(db, p.AtJudge.Id);
            Assert.Equal(StepKind.Unchanged, a.Score(Cast.SeoulJudge, p.ScoredId, World.Scores(5, 5, 5, 5), DuringJudging.AddHours(1)).Kind);
            await db.SaveChangesAsync();
        }
        versions.Add(await Scratch.VersionOfAsync<Assignment>(Cast.Seoul, p.AtJudge.Id));
        await Scratch.ChangeAsync<Assignment>(Cast.Seoul, p.AtJudge.Id, a => a.Score(Cast.SeoulJudge, p.ScoredId, [new Score(Criterion.Impact, 6)], DuringJudging.AddHours(2)));
        versions.Add(await Scratch.VersionOfAsync<Assignment>(Cast.Seoul, p.AtJudge.Id));

        Assert.Equal([1L, 2L, 2L, 3L], versions);
    }
}
