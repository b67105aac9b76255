using Federation.Catalog.Features.Solutions;

namespace Federation.Catalog.Tests.Unit;

public sealed class SolutionInputTests
{
    private static readonly SolutionRequest Valid = Samples.Solution(new Dictionary<string, string> { ["en"] = "Lamp", ["zh-TW"] = "路燈" });

    private static IEnumerable<string> ProblemsOf(SolutionRequest request)
    {
        var ok = SolutionInput.TryRead(request, out _, out var problem);
        Assert.Equal(ok, problem.ProblemDetails.Errors.Count == 0);
        return problem.ProblemDetails.Errors.Keys;
    }

    [Fact]
    public void Valid_listing_is_read_trimmed_and_lower_cased()
    {
        var request = Valid with { Domain = " Transportation ", Maturity = "PILOT", Tags = ["IoT", "iot", " lighting "] };

        Assert.True(SolutionInput.TryRead(request, out var input, out _));

        Assert.Equal("transportation", input.Domain);
        Assert.Equal("pilot", input.Maturity);
        Assert.Equal(["IoT", "lighting"], input.Tags);
        Assert.Equal(2, input.Title.Count);
    }

    public static TheoryData<SolutionRequest, string> BadListings => new()
    {
        { Valid with { Title = new Dictionary<string, string>() }, "title" },
        { Valid with { Title = null }, "title" },
        { Valid with { Title = new Dictionary<string, string> { ["english"] = "Lamp" } }, "title.english" },
        { Valid with { Title = new Dictionary<string, string> { ["e"] = "Lamp" } }, "title.e" },
        { Valid with { Title = new Dictionary<string, string> { ["en"] = "  " } }, "title.en" },
        { Valid with { Title = new Dictionary<string, string> { ["en"] = new string('x', 201) } }, "title.en" },
        { Valid with { Title = new Dictionary<string, string> { ["en"] = "Lamp", ["EN"] = "Lamp" } }, "title.EN" },
        { Valid with { Title = Enumerable.Range(0, 21).ToDictionary(i => $"x{(char)('a' + i)}", _ => "Lamp") }, "title" },
        { Valid with { Summary = Samples.En(new string('x', 4001)) }, "summary.en" },
        { Valid with { Domain = "space" }, "domain" },
        { Valid with { Domain = null }, "domain" },
        { Valid with { Maturity = "idea" }, "maturity" },
        { Valid with { Trl = 0 }, "trl" },
        { Valid with { Trl = 10 }, "trl" },
        { Valid with { Trl = null }, "trl" },
        { Valid with { Provider = new Provider("", null, "taipei") }, "provider.name" },
        { Valid with { Provider = new Provider("Lumen", "lumen.example", "taipei") }, "provider.website" },
        { Valid with { Provider = new Provider("Lumen", "ftp://lumen.example", "taipei") }, "provider.website" },
        { Valid with { Contact = new Contact("Ada", "ada-at-lumen", null) }, "contact.email" },
        { Valid with { Tags = [.. Enumerable.Range(0, 21).Select(i => $"tag{i}")] }, "tags" },
        { Valid with { Tags = ["ok", " "] }, "tags[1]" },
        { Valid with { Tags = [new string('t', 51)] }, "tags[0]" },
    };

    [Theory]
    [MemberData(nameof(BadListings))]
    public void Each_rule_names_the_field_it_rejects(SolutionRequest request, string field)
    {
        Assert.Equal([field], ProblemsOf(request));
    }

    [Fact]
    public void Twenty_tags_and_a_200_character_title_are_still_allowed()
    {
        var request = Valid with { Title = Samples.En(new string('x', 200)), Tags = [.. Enumerable.Range(0, 20).Select(i => $"tag{i}")] };

        Assert.Empty(ProblemsOf(request));
    }

    [Fact]
    public void Unusual_but_valid_language_tags_are_accepted()
    {
        var request = Valid with { Title = new Dictionary<string, string> { ["fr-CA"] = "Lampadaire", ["zh-Hant-TW"] = "路燈" } };

        Assert.Empty(ProblemsOf(request));
    }

    [Fact]
    public void Missing_provider_is_rejected_with_the_fields_it_lacks()
    {
        Assert.Equal(["provider", "provider.homeCity", "provider.name"], ProblemsOf(Valid with { Provider = null }).Order());
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var request = Valid with { Title = null, Domain = "space", Trl = 0 };

        Assert.Equal(["domain", "title", "trl"], ProblemsOf(request).Order());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Update_without_a_positive_version_is_rejected_naming_version(long? version)
    {
        var ok = SolutionInput.TryRead(Samples.Update(Valid, version), out _, out _, out var problem);

        Assert.False(ok);
        Assert.Equal(["version"], problem.ProblemDetails.Errors.Keys);
    }

    [Fact]
    public void Update_reports_a_missing_version_together_with_bad_fields()
    {
        var ok = SolutionInput.TryRead(Samples.Update(Valid with { Trl = 10 }, null), out _, out _, out var problem);

        Assert.False(ok);
        Assert.Equal(["trl", "version"], problem.ProblemDetails.Errors.Keys.Order());
    }

    [Fact]
    public void Update_with_a_version_reads_it()
    {
        var ok = SolutionInput.TryRead(Samples.Update(Valid, 3), out var input, out var version, out _);

        Assert.True(ok);
        Assert.Equal(3, version);
        Assert.Equal("Lamp", input.Title["en"]);
    }
}
