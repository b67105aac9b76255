namespace Federation.Awards.Tests.Domain;

public sealed class NominationTests
{
    private static readonly Guid VerifiedTrial = Guid.Parse("4f8a8a8e-5a55-4f0b-9d1e-0c3f2b7a1e01");

    private static StepResult Nominate(AwardCycle cycle, ListedSolution solution, NominationInput? input = null, bool alreadyEntered = false,
        IReadOnlyCollection<Guid>? verified = null, Actor? by = null) =>
        Entry.Nominate(by ?? Cast.SeoulAgency, cycle, input ?? World.Input(solution), new NominationFacts(solution, alreadyEntered, verified ?? []),
            DuringNominations, out _);

    [Fact]
    public void An_agency_nominates_its_own_citys_solution_and_the_entry_is_nominated_at_once()
    {
        var w = new World();
        var solution = World.Solution(Cast.Seoul, "Beitou smart stops");

        World.Ok(Entry.Nominate(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), World.Input(solution, VerifiedTrial),
            new NominationFacts(solution, false, [VerifiedTrial]), DuringNominations, out var entry));

        Assert.Equal((EntryStatus.Nominated, Cast.Seoul, Cast.Taipei), (entry!.Status, entry.City, entry.SecretariatCity));
        Assert.Equal((Cast.SeoulAgency.Organisation, DuringNominations), (entry.NominatingAgency, entry.NominatedAt));
        Assert.Equal("Beitou smart stops", entry.SolutionTitle["en"]);
        Assert.Equal([VerifiedTrial], entry.EvidenceTrialIds);
        Assert.NotNull(entry.ToSubmission());
    }

    [Fact]
    public void An_agency_cannot_nominate_another_citys_solution()
    {
        var w = new World();

        var result = Nominate(w.CycleAt(Cast.Seoul), World.Solution(Cast.NewTaipei));

        Assert.Equal(StepKind.Forbidden, result.Kind);
    }

    [Fact]
    public void A_solution_with_an_entry_in_the_cycle_is_not_entered_again()
    {
        var result = Nominate(new World().CycleAt(Cast.Seoul), World.Solution(Cast.Seoul), alreadyEntered: true);

        Assert.Equal(StepKind.Conflict, result.Kind);
    }

    [Fact]
    public void A_nomination_states_why()
    {
        var solution = World.Solution(Cast.Seoul);

        var result = Nominate(new World().CycleAt(Cast.Seoul), solution, new NominationInput(solution.Id, [], "  "));

        Assert.Equal(("statement", StepKind.Invalid), (result.Field, result.Kind));
    }

    [Fact]
    public void A_nomination_is_of_the_listing_the_catalogue_found()
    {
        var solution = World.Solution(Cast.Seoul);

        var result = Nominate(new World().CycleAt(Cast.Seoul), solution, new NominationInput(Guid.NewGuid(), [], "Good"));

        Assert.Equal(("solutionId", StepKind.Invalid), (result.Field, result.Kind));
    }

    [Fact]
    public void Evidence_is_a_verified_trial_of_the_solution_cited_once()
    {
        var cycle = new World().CycleAt(Cast.Seoul);
        var solution = World.Solution(Cast.Seoul);

        var unknown = Nominate(cycle, solution, World.Input(solution, Guid.NewGuid()), verified: [VerifiedTrial]);
        var twice = Nominate(cycle, solution, World.Input(solution, VerifiedTrial, VerifiedTrial), verified: [VerifiedTrial]);

        Assert.Equal(("evidenceTrialIds", StepKind.Invalid), (unknown.Field, unknown.Kind));
        Assert.Equal(("evidenceTrialIds", StepKind.Invalid), (twice.Field, twice.Kind));
    }

    [Fact]
    public void A_cycle_requiring_a_verified_trial_refuses_an_entry_citing_none()
    {
        var cycle = new World(Input() with { RequiresVerifiedTrial = true }).CycleAt(Cast.Seoul);
        var solution = World.Solution(Cast.Seoul);

        var without = Nominate(cycle, solution, verified: [VerifiedTrial]);
        var with = Nominate(cycle, solution, World.Input(solution, VerifiedTrial), verified: [VerifiedTrial]);

        Assert.Equal(("evidenceTrialIds", StepKind.Invalid), (without.Field, without.Kind));
        World.Ok(with);
    }

    [Fact]
    public void A_startups_application_stays_in_its_city_until_its_agency_endorses_it()
    {
        var w = new World();
        var entry = w.Apply();
        Assert.Equal((EntryStatus.Applied, Cast.SeoulStartup.Organisation), (entry.Status, entry.ApplicantOrganisation));
        Assert.Null(entry.ToSubmission());

        World.Ok(entry.Endorse(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), DuringNominations.AddDays(3), "Our strongest"));

        var submission = entry.ToSubmission()!;
        Assert.Equal(EntryStatus.Nominated, entry.Status);
        Assert.Equal((Cast.SeoulStartup.Organisation, Cast.SeoulAgency.Organisation, DuringNominations.AddDays(3)),
            (submission.ApplicantOrganisation, submission.NominatingAgency, submission.NominatedAt));
    }

    [Fact]
    public void A_declined_application_is_never_nominated()
    {
        var w = new World();
        var entry = w.Apply();
        var withoutReason = entry.Decline(Cast.SeoulAgency, "", DuringNominations);
        Assert.Equal(("reason", StepKind.Invalid), (withoutReason.Field, withoutReason.Kind));

        World.Ok(entry.Decline(Cast.SeoulAgency, "Not mature yet", DuringNominations));

        Assert.Equal(StepKind.Conflict, entry.Endorse(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), DuringNominations).Kind);
        Assert.Equal(EntryStatus.Declined, entry.Status);
        Assert.Null(entry.ToSubmission());
    }

    [Fact]
    public void A_nomination_is_not_endorsed_again()
    {
        var w = new World();
        var entry = w.Nominate(Cast.Seoul).Home;

        Assert.Equal(StepKind.Conflict, entry.Endorse(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), DuringNominations).Kind);
    }

    [Fact]
    public void A_withdrawn_entry_is_withdrawn_once_and_keeps_the_reason()
    {
        var w = new World();
        var entry = w.Nominate(Cast.Seoul).Home;

        World.Ok(entry.Withdraw(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), Assigning, "Contract ended"));
        var again = entry.Withdraw(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), Assigning);

        Assert.Equal(StepKind.Conflict, again.Kind);
        Assert.Equal(new Withdrawal(Assigning, "Contract ended"), entry.Withdrawal);
    }

    [Fact]
    public void The_applicant_withdraws_its_own_application_but_not_an_agencys_nomination()
    {
        var w = new World();
        var application = w.Apply();
        var nomination = w.Nominate(Cast.Seoul).Home;

        World.Ok(application.Withdraw(Cast.SeoulStartup, w.CycleAt(Cast.Seoul), DuringNominations));
        Assert.Equal(StepKind.Forbidden, nomination.Withdraw(Cast.SeoulStartup, w.CycleAt(Cast.Seoul), DuringNominations).Kind);
    }
}
