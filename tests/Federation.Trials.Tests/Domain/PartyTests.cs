namespace Federation.Trials.Tests.Domain;

public sealed class PartyTests
{
    private static readonly string[] NotTheApplicant =
        [nameof(Cast.OtherSeoulStartup), nameof(Cast.SeoulStartupOfSameName), nameof(Cast.TaipeiStartupOfSameName), nameof(Cast.SeoulAgencyOfSameName), nameof(Cast.HomeAgency), nameof(Cast.HostAgency)];

    private static readonly string[] NotAHomeAgency =
        [nameof(Cast.Applicant), nameof(Cast.HostAgency), nameof(Cast.LondonAgency)];

    private static readonly string[] NotAHostAgency =
        [nameof(Cast.HomeAgency), nameof(Cast.Applicant), nameof(Cast.TaipeiStartupOfSameName), nameof(Cast.LondonAgency)];

    public static TheoryData<string, string> WrongParties()
    {
        var cells = new TheoryData<string, string>();
        foreach (var step in Steps.All)
        {
            var wrong = step.RightParty == Cast.Applicant ? NotTheApplicant
                : step.RightParty == Cast.HomeAgency ? NotAHomeAgency
                : NotAHostAgency;
            foreach (var actor in wrong) cells.Add(step.Name, actor);
        }
        return cells;
    }

    [Theory]
    [MemberData(nameof(WrongParties))]
    public void A_step_by_the_wrong_party_is_forbidden_and_changes_nothing(string stepName, string actor)
    {
        var step = Steps.Named(stepName);
        var trial = Steps.CopyAt(step, step.LegalFrom[^1]);
        var (status, updatedAt) = (trial.Status, trial.UpdatedAt);

        var result = step.Take(trial, Cast.Named(actor));

        Assert.Equal(StepKind.Forbidden, result.Kind);
        Assert.Equal((status, updatedAt), (trial.Status, trial.UpdatedAt));
    }

    [Fact]
    public void A_colleague_of_the_applicant_acts_for_the_same_organisation()
    {
        var trial = Journey.Draft();

        Journey.Ok(trial.Submit(Cast.ApplicantColleague, Journey.Applied));
    }

    [Fact]
    public void Any_agency_of_the_host_city_takes_the_host_steps()
    {
        var trial = Journey.HostAt(TrialStatus.Screening);

        Journey.Ok(trial.Reject(Cast.OtherHostAgency, "No site", Journey.Accepted));
    }

    [Fact]
    public void The_applicant_cannot_act_on_the_host_copy()
    {
        var host = Journey.HostAt(TrialStatus.Running);

        var result = host.SubmitFinalReport(Cast.Applicant, "Done", Journey.Reported);

        Assert.Equal(StepKind.Forbidden, result.Kind);
    }

    [Fact]
    public void The_host_agency_cannot_act_on_the_home_copy()
    {
        var home = Journey.HomeAt(TrialStatus.Screening);

        var result = home.Accept(Cast.HostAgency, Journey.Agreement(), TrialRules.Default, Journey.Accepted);

        Assert.Equal(StepKind.Forbidden, result.Kind);
    }

    [Fact]
    public void Only_a_startup_drafts_an_application()
    {
        var result = Trial.Draft(Cast.HomeAgency, Journey.Application(), TrialRules.Default, Journey.Applied, out var trial);

        Assert.Equal(StepKind.Forbidden, result.Kind);
        Assert.Null(trial);
    }

    [Fact]
    public void An_application_meant_for_another_city_is_not_received()
    {
        var application = Journey.HomeAt(TrialStatus.Endorsed).ToEndorsedApplication()!;

        var result = Trial.Receive(application, "london", TrialRules.Default, Journey.Arrived, out var trial);

        Assert.Equal(StepKind.Forbidden, result.Kind);
        Assert.Null(trial);
    }

    [Fact]
    public void An_application_claiming_to_come_from_the_host_city_itself_is_not_received()
    {
        var application = Journey.HomeAt(TrialStatus.Endorsed).ToEndorsedApplication()!;
        var forged = application with { HomeCity = application.Application.HostCity };

        var result = Trial.Receive(forged, application.Application.HostCity, TrialRules.Default, Journey.Arrived, out var trial);

        Assert.Equal(StepKind.Forbidden, result.Kind);
        Assert.Null(trial);
    }
}
