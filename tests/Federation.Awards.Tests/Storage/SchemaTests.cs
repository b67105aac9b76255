using Federation.ServiceDefaults.Outbox;
using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Storage;

public sealed class SchemaTests : TestsWith<AwardFiles>
{
    private static Entry Nominate(World w, ListedSolution solution, DateTimeOffset? at = null)
    {
        World.Ok(Entry.Nominate(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), World.Input(solution), new NominationFacts(solution, false, []),
            at ?? DuringNominations, out var entry));
        return entry!;
    }

    private static Entry Apply(World w, ListedSolution solution)
    {
        World.Ok(Entry.ApplyForNomination(Cast.SeoulStartup, w.CycleAt(Cast.Seoul), World.Input(solution), new NominationFacts(solution, false, []),
            DuringNominations, out var entry));
        return entry!;
    }

    [Fact]
    public async Task A_second_live_entry_of_a_solution_in_a_cycle_is_refused()
    {
        var w = new World();
        var solution = World.Solution(Cast.Seoul);
        await Scratch.SaveAsync(Cast.Seoul, Apply(w, solution));

        await Assert.ThrowsAsync<DbUpdateException>(() => Scratch.SaveAsync(Cast.Seoul, Nominate(w, solution)));
        Assert.Equal(["1"], Scratch.Query(Cast.Seoul, "SELECT count(*) FROM Entries"));
    }

    [Fact]
    public async Task A_solution_declined_or_withdrawn_may_enter_again_and_enter_other_cycles()
    {
        var (w, other) = (new World(), new World());
        var solution = World.Solution(Cast.Seoul);
        var declined = Apply(w, solution);
        World.Ok(declined.Decline(Cast.SeoulAgency, "Apply next year", DuringNominations));
        var withdrawn = Nominate(w, solution);
        World.Ok(withdrawn.Withdraw(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), DuringNominations));
        var live = Nominate(w, solution);

        await Scratch.SaveAsync(Cast.Seoul, declined, withdrawn, live, Nominate(other, solution));

        Assert.Equal(["Declined", "Nominated", "Nominated", "Withdrawn"],
            Scratch.Query(Cast.Seoul, $"SELECT Status FROM Entries WHERE SolutionId = '{solution.Id.ToString().ToUpperInvariant()}' ORDER BY Status", column: 0));
        await Assert.ThrowsAsync<DbUpdateException>(() => Scratch.SaveAsync(Cast.Seoul, Nominate(w, solution)));
    }

    [Fact]
    public async Task A_second_assignment_of_a_judge_to_a_cycle_is_refused()
    {
        var w = new World();
        var judge = World.Enrol(Cast.SeoulJudge).AtSecretariat;
        World.Ok(Assignment.Create(Cast.Secretariat, w.Cycle, judge, [], Assigning, out var first));
        World.Ok(Assignment.Create(Cast.Secretariat, w.Cycle, judge, [], Assigning, out var second));
        await Scratch.SaveAsync(Cast.Taipei, first!);

        await Assert.ThrowsAsync<DbUpdateException>(() => Scratch.SaveAsync(Cast.Taipei, second!));
    }

    [Fact]
    public async Task A_user_enrolled_twice_is_refused_and_another_citys_user_of_the_same_id_is_not()
    {
        var park = World.Enrol(Cast.SeoulJudge).AtSecretariat;
        await Scratch.SaveAsync(Cast.Taipei, park);

        await Assert.ThrowsAsync<DbUpdateException>(() => Scratch.SaveAsync(Cast.Taipei, World.Enrol(Cast.SeoulJudge).AtSecretariat));
        await Scratch.SaveAsync(Cast.Taipei, World.Enrol(Cast.SeoulJudge with { City = Cast.NewTaipei }).AtSecretariat);
        Assert.Equal(["2"], Scratch.Query(Cast.Taipei, "SELECT count(*) FROM Judges WHERE UserId = 'judge-park'"));
    }

    [Fact]
    public async Task A_node_refuses_a_second_copy_of_an_entry_it_holds()
    {
        var entry = new World().Nominate(Cast.Seoul);
        await Scratch.SaveAsync(Cast.Taipei, entry.AtSecretariat);

        await Assert.ThrowsAsync<DbUpdateException>(() => Scratch.SaveAsync(Cast.Taipei, entry.Home));
    }

    [Theory]
    [InlineData("SELECT * FROM Entries WHERE CycleId = 'x' AND Status = 'Nominated'", "IX_Entries_CycleId_Status")]
    [InlineData("SELECT * FROM Entries WHERE CycleId = 'x' AND SolutionId = 'y' AND City = 'seoul' AND \"Status\" IN ('Applied', 'Nominated')",
        "IX_Entries_CycleId_SolutionId_City")]
    [InlineData("SELECT * FROM Entries WHERE City = 'seoul'", "IX_Entries_City")]
    [InlineData("SELECT * FROM Assignments WHERE CycleId = 'x' AND JudgeId = 'y'", "IX_Assignments_CycleId_JudgeId")]
    [InlineData("SELECT * FROM Assignments WHERE JudgeCity = 'seoul'", "IX_Assignments_JudgeCity")]
    [InlineData("SELECT * FROM Judges WHERE City = 'seoul' AND UserId = 'judge-park'", "IX_Judges_City_UserId")]
    public async Task The_lookups_the_service_makes_are_read_through_an_index(string lookup, string index)
    {
        await Scratch.SaveAsync(Cast.Taipei, new World().Nominate(Cast.Seoul).AtSecretariat);

        var plan = string.Join(" ", Scratch.Query(Cast.Taipei, "EXPLAIN QUERY PLAN " + lookup, column: 3));

        Assert.Contains($"USING INDEX {index}", plan);
    }

    [Fact]
    public async Task The_file_reads_as_words_times_as_sortable_integers_and_scores_as_their_digits()
    {
        var p = Panel.Judged();
        await Scratch.SaveAsync(Cast.Taipei, p.AtSecretariat);

        var row = Scratch.Query(Cast.Taipei, "SELECT typeof(UpdatedAt), typeof(Judging_Closes), History, Conflicts FROM Assignments");

        Assert.Equal(["integer", "integer"], row[..2]);
        Assert.Contains("\"New\":\"7.5\"", row[2]);
        Assert.Contains("\"New\":\"7.50\"", row[2]);
        Assert.Contains("\"Kind\":\"Apparent\"", row[3]);
    }

    [Fact]
    public async Task A_withdrawal_and_its_message_to_the_secretariat_are_saved_together()
    {
        var w = new World();
        var entry = w.Nominate(Cast.Seoul).Home;
        await Scratch.SaveAsync(Cast.Seoul, entry);

        await using (var db = Scratch.Open(Cast.Seoul))
        {
            var held = await AwardFiles.Find<Entry>(db, entry.Id);
            World.Ok(held.Withdraw(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), Assigning, "Merged"));
            db.Send(held.SecretariatCity, new AwardEntryWithdrawn(held.Id, held.CycleId, held.City, held.SecretariatCity, held.Withdrawal!.Reason, held.Withdrawal.At));
            await db.SaveChangesAsync();
        }

        await using var read = Scratch.Open(Cast.Seoul);
        var message = await read.OutboxMessages.SingleAsync();
        Assert.Equal((Cast.Taipei, typeof(AwardEntryWithdrawn).FullName), (message.TargetCity, message.MessageType));
        Assert.Equal(EntryStatus.Withdrawn, (await AwardFiles.Find<Entry>(read, entry.Id)).Status);
        Assert.Empty(await read.ProcessedMessages.ToListAsync());
    }
}
