namespace Federation.Awards.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class JudgeRoundTripTests : JudgeRoundTripTests<AwardFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class JudgeRoundTripTestsOnPostgres : JudgeRoundTripTests<PostgresAwardFiles>;

public abstract class JudgeRoundTripTests<TStore> : TestsWith<TStore> where TStore : AwardFiles, new()
{
    [Fact]
    public async Task Both_copies_of_a_judge_read_back_as_they_were_saved()
    {
        World.Ok(Judge.Enrol(Cast.SeoulAgency, Cast.Candidate(Cast.SeoulJudge), " Prof. Park ", ["transportation", " energy", "data ethics"],
            Cast.Taipei, false, Opened, out var home));
        World.Ok(Judge.Receive(home!.ToEnrolment(), Cast.Taipei, out var atSecretariat));

        await Scratch.SaveAsync(Cast.Seoul, home);
        await Scratch.SaveAsync(Cast.Taipei, atSecretariat!);
        var readHome = await Scratch.LoadAsync<Judge>(Cast.Seoul, home.Id);
        var readThere = await Scratch.LoadAsync<Judge>(Cast.Taipei, home.Id);

        Assert.Equal(["transportation", "energy", "data ethics"], readHome.Expertise);
        Assert.Equal(Observed.Of(home), Observed.Of(readHome));
        Assert.Equal(Observed.Of(atSecretariat), Observed.Of(readThere));
        Assert.Equal(StepKind.Unchanged, readThere.ApplyEnrolment(home.ToEnrolment()).Kind);
        Assert.Equal((Cast.Seoul, Cast.Taipei), (readHome.HeldAt, readThere.HeldAt));
    }

    [Fact]
    public async Task A_judge_with_no_expertise_reads_back_with_none()
    {
        World.Ok(Judge.Enrol(Cast.TaipeiAgency, Cast.Candidate(Cast.TaipeiJudge), "Prof. Chen", [], Cast.Taipei, false, Opened, out var judge));

        await Scratch.SaveAsync(Cast.Taipei, judge!);
        var read = await Scratch.LoadAsync<Judge>(Cast.Taipei, judge!.Id);

        Assert.Empty(read.Expertise);
        Assert.Equal(Observed.Of(judge), Observed.Of(read));
    }
}
