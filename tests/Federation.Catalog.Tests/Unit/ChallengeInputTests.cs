using Federation.Catalog.Features.Challenges;

namespace Federation.Catalog.Tests.Unit;

public sealed class ChallengeInputTests
{
    private static readonly ChallengeRequest Valid = Samples.Challenge(Samples.En("Flood warning"));

    private static IEnumerable<string> ProblemsOf(ChallengeRequest request)
    {
        var ok = ChallengeInput.TryRead(request, out _, out var problem);
        Assert.Equal(ok, problem.ProblemDetails.Errors.Count == 0);
        return problem.ProblemDetails.Errors.Keys;
    }

    [Theory]
    [InlineData(null, "open")]
    [InlineData("open", "open")]
    [InlineData("Closed", "closed")]
    public void Status_is_open_unless_closed(string? status, string read)
    {
        Assert.True(ChallengeInput.TryRead(Valid with { Status = status }, out var input, out _));

        Assert.Equal(read, input.Status);
    }

    public static TheoryData<ChallengeRequest, string> BadChallenges => new()
    {
        { Valid with { Title = new Dictionary<string, string>() }, "title" },
        { Valid with { Title = new Dictionary<string, string> { ["zh_TW"] = "淹水" } }, "title.zh_TW" },
        { Valid with { Description = new Dictionary<string, string> { ["ko"] = "" } }, "description.ko" },
        { Valid with { Description = Samples.En(new string('x', 8001)) }, "description.en" },
        { Valid with { Domain = "weather" }, "domain" },
        { Valid with { HostAgency = " " }, "hostAgency" },
        { Valid with { Site = null }, "site" },
        { Valid with { Deadline = null }, "deadline" },
        { Valid with { Status = "pending" }, "status" },
        { Valid with { Status = "" }, "status" },
    };

    [Theory]
    [MemberData(nameof(BadChallenges))]
    public void Each_rule_names_the_field_it_rejects(ChallengeRequest request, string field)
    {
        Assert.Equal([field], ProblemsOf(request));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    public void Update_without_a_version_is_rejected_naming_version(long? version)
    {
        var ok = ChallengeInput.TryRead(Samples.Update(Valid, version), out _, out _, out var problem);

        Assert.False(ok);
        Assert.Equal(["version"], problem.ProblemDetails.Errors.Keys);
    }

    [Fact]
    public void Update_with_a_version_reads_it()
    {
        Assert.True(ChallengeInput.TryRead(Samples.Update(Valid, 2), out var input, out var version, out _));

        Assert.Equal(2, version);
        Assert.Equal(new DateOnly(2031, 6, 30), input.Deadline);
    }
}
