namespace Federation.Awards.Tests.Domain;

public sealed class JudgeTests
{
    private static StepResult Enrol(Actor by, JudgeCandidate candidate, string name = "Prof. Park", IReadOnlyList<string>? expertise = null,
        bool alreadyEnrolled = false) =>
        Judge.Enrol(by, candidate, name, expertise ?? ["mobility"], Cast.Taipei, alreadyEnrolled, Opened, out _);

    [Fact]
    public void An_agency_enrols_a_judge_role_user_of_its_own_city()
    {
        World.Ok(Judge.Enrol(Cast.SeoulAgency, Cast.Candidate(Cast.SeoulJudge), " Prof. Park ", ["mobility", "energy"], Cast.Taipei, false, Opened, out var judge));

        Assert.Equal((Cast.Seoul, Cast.SeoulJudge.UserId, "Prof. Park"), (judge!.City, judge.UserId, judge.DisplayName));
        Assert.Equal((Cast.Taipei, Cast.SeoulAgency.Organisation), (judge.SecretariatCity, judge.EnrolledBy));
        Assert.Equal(["mobility", "energy"], judge.Expertise);
    }

    [Fact]
    public void An_agency_cannot_enrol_another_citys_user()
    {
        Assert.Equal(StepKind.Forbidden, Enrol(Cast.SeoulAgency, Cast.Candidate(Cast.TaipeiJudge)).Kind);
    }

    [Fact]
    public void Only_a_judge_role_user_is_enrolled()
    {
        var result = Enrol(Cast.SeoulAgency, Cast.Candidate(Cast.SeoulStartup));

        Assert.Equal(("userName", StepKind.Invalid), (result.Field, result.Kind));
    }

    [Fact]
    public void A_judge_is_enrolled_once()
    {
        Assert.Equal(StepKind.Conflict, Enrol(Cast.SeoulAgency, Cast.Candidate(Cast.SeoulJudge), alreadyEnrolled: true).Kind);
    }

    [Theory]
    [InlineData("", "mobility", "displayName")]
    [InlineData("Prof. Park", " ", "expertise")]
    [InlineData("Prof. Park", "Mobility|mobility", "expertise")]
    public void An_enrolment_needs_a_name_and_distinct_fields_of_expertise(string name, string expertise, string field)
    {
        var result = Enrol(Cast.SeoulAgency, Cast.Candidate(Cast.SeoulJudge), name, expertise.Split('|'));

        Assert.Equal((field, StepKind.Invalid), (result.Field, result.Kind));
    }
}
