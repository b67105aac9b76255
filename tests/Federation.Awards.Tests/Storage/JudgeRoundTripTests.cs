using Federation.Awards.Domain;
using Federation.Awards.Tests.Domain;
using Federation.ServiceDefaults.Steps;
using Xunit;
using static Federation.Awards.Tests.Domain.Calendar;

namespace Federation.Awards.Tests.Storage;

public sealed class JudgeRoundTripTests : IDisposable
{
    private readonly AwardFiles _files = new();

    [Fact]
    public async Task Both_copies_of_a_judge_read_back_as_they_were_saved()
    {
        World.Ok(Judge.Enrol(Cast.SeoulAgency, Cast.Candidate(Cast.SeoulJudge), " Prof. Park ", ["transportation", " energy", "data ethics"],
            Cast.Taipei, false, Opened, out var home));
        World.Ok(Judge.Receive(home!.ToEnrolment(), Cast.Taipei, out var atSecretariat));

        await _files.SaveAsync(Cast.Seoul, home);
        await _files.SaveAsync(Cast.Taipei, atSecretariat!);
        var readHome = await _files.LoadAsync<Judge>(Cast.Seoul, home.Id);
        var readThere = await _files.LoadAsync<Judge>(Cast.Taipei, home.Id);

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

        await _files.SaveAsync(Cast.Taipei, judge!);
        var read = await _files.LoadAsync<Judge>(Cast.Taipei, judge!.Id);

        Assert.Empty(read.Expertise);
        Assert.Equal(Observed.Of(judge), Observed.Of(read));
    }

    public void Dispose() => _files.Dispose();
}
