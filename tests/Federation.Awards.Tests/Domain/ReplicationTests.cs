namespace Federation.Awards.Tests.Domain;

/// <summary>What a city applies from another: a message heard twice, or an older one late, changes nothing.</summary>
public sealed class ReplicationTests
{
    [Fact]
    public void The_call_heard_twice_changes_nothing_and_one_with_other_terms_is_a_conflict()
    {
        var w = new World();
        var seoul = w.CycleAt(Cast.Seoul);

        Assert.Equal(StepKind.Unchanged, seoul.ApplyOpened(w.Cycle.Terms()).Kind);
        var other = w.Cycle.Terms() with { Input = w.Cycle.Terms().Input with { Finalists = 9 } };
        Assert.Equal(StepKind.Conflict, seoul.ApplyOpened(other).Kind);
        Assert.Equal(4, seoul.FinalistCount);
    }

    [Fact]
    public void A_call_is_not_received_in_the_secretariats_own_city_nor_when_it_breaks_the_rules()
    {
        var terms = new World().Cycle.Terms();
        var broken = terms with { Input = terms.Input with { Criteria = [new("impact", "Impact", 90)] } };

        Assert.Equal(StepKind.Forbidden, AwardCycle.Receive(terms, Cast.Taipei, out _).Kind);
        Assert.Equal(StepKind.Invalid, AwardCycle.Receive(broken, Cast.Seoul, out _).Kind);
    }

    [Fact]
    public void An_entry_heard_twice_is_kept_once()
    {
        var entry = new World().Nominate(Cast.Seoul);

        Assert.Equal(StepKind.Unchanged, entry.AtSecretariat.ApplySubmission(entry.Home.ToSubmission()!).Kind);
        Assert.Equal(entry.Home.ToSubmission(), entry.AtSecretariat.ToSubmission());
    }

    [Fact]
    public void An_entry_is_received_only_by_its_secretariat_from_another_city_nominated_in_time()
    {
        var w = new World();
        var submission = w.Nominate(Cast.Seoul).Home.ToSubmission()!;

        Assert.Equal(StepKind.Forbidden, Entry.Receive(submission, w.Cycle, Cast.NewTaipei, out _).Kind);
        Assert.Equal(StepKind.Forbidden, Entry.Receive(submission with { City = Cast.Taipei }, w.Cycle, Cast.Taipei, out _).Kind);
        Assert.Equal(StepKind.Forbidden, Entry.Receive(submission, new World().Cycle, Cast.Taipei, out _).Kind);
        var late = Entry.Receive(submission with { NominatedAt = NominationCloses }, w.Cycle, Cast.Taipei, out var entry);
        Assert.Equal(("nominatedAt", StepKind.Invalid), (late.Field, late.Kind));
        Assert.Null(entry);
    }

    [Fact]
    public void A_withdrawal_heard_twice_changes_nothing_and_is_applied_only_by_the_secretariat()
    {
        var w = new World();
        var entry = w.Nominate(Cast.Seoul);
        World.Ok(entry.Home.Withdraw(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), Assigning, "Merged with another project"));

        World.Ok(entry.AtSecretariat.ApplyWithdrawal(entry.Home.Withdrawal!));

        Assert.Equal(StepKind.Unchanged, entry.AtSecretariat.ApplyWithdrawal(entry.Home.Withdrawal!).Kind);
        Assert.Equal((EntryStatus.Withdrawn, "Merged with another project"), (entry.AtSecretariat.Status, entry.AtSecretariat.Withdrawal!.Reason));
        var other = w.Nominate(Cast.NewTaipei).Home;
        Assert.Equal(StepKind.Conflict, other.ApplyWithdrawal(new Withdrawal(Assigning)).Kind);
    }

    [Fact]
    public void An_enrolment_heard_twice_is_kept_once_and_only_by_its_secretariat()
    {
        var judge = World.Enrol(Cast.SeoulJudge);

        Assert.Equal(StepKind.Unchanged, judge.AtSecretariat.ApplyEnrolment(judge.Home.ToEnrolment()).Kind);
        Assert.Equal(judge.Home.ToEnrolment(), judge.AtSecretariat.ToEnrolment() with { SecretariatCity = Cast.Taipei });
        Assert.Equal(StepKind.Forbidden, Judge.Receive(judge.Home.ToEnrolment(), Cast.NewTaipei, out _).Kind);
    }

    [Fact]
    public void The_results_reach_every_city_once()
    {
        var f = Finale.Published();
        var seoul = f.World.CycleAt(Cast.Seoul);

        World.Ok(seoul.ApplyResults(f.Cycle.Results()!));

        Assert.Equal(StepKind.Unchanged, seoul.ApplyResults(f.Cycle.Results()!).Kind);
        Assert.Equal(CycleStatus.Published, seoul.StatusAt(AfterJudging));
        Assert.Equal(f.Cycle.Results(), seoul.Results());
        Assert.All(seoul.Winners, x => Assert.Null(x.Reason));
    }

    [Fact]
    public void Results_of_another_cycle_or_for_the_secretariats_own_copy_are_refused()
    {
        var f = Finale.Published();
        var results = f.Cycle.Results()!;
        var unpublished = new World();

        Assert.Equal(StepKind.Forbidden, f.World.CycleAt(Cast.Seoul).ApplyResults(results with { CycleId = Guid.NewGuid() }).Kind);
        Assert.Equal(StepKind.Forbidden, unpublished.Cycle.ApplyResults(results with { CycleId = unpublished.Cycle.Id }).Kind);
        Assert.Null(unpublished.Cycle.PublishedAt);
    }
}
