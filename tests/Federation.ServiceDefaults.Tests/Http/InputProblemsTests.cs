using System.Text.Json;
using Federation.ServiceDefaults.Http;
using Federation.ServiceDefaults.Steps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.ServiceDefaults.Tests.Http;

/// <summary>A 400 keeps its English <c>errors</c> for API clients and names each problem by a code, with its arguments, beside them.</summary>
public sealed class InputProblemsTests
{
    // As the services write a problem: web defaults, extensions at the top level.
    private static JsonElement Json(ValidationProblem problem) =>
        JsonSerializer.SerializeToElement(problem.ProblemDetails, JsonSerializerOptions.Web);

    private static FieldCode Code(ValidationProblem problem, string field, int at = 0) =>
        ((IReadOnlyDictionary<string, FieldCode[]>)problem.ProblemDetails.Extensions[FieldCodes.Extension]!)[field][at];

    [Fact]
    public void A_too_long_field_keeps_its_english_error_and_carries_too_long_with_its_limit()
    {
        var problems = new InputProblems();
        problems.Text("provider.name", new string('x', 201), 200);

        var json = Json(problems.ToResult());

        Assert.Equal("provider.name is longer than 200 characters.", json.GetProperty("errors").GetProperty("provider.name")[0].GetString());
        var code = json.GetProperty("codes").GetProperty("provider.name")[0];
        Assert.Equal("too-long", code.GetProperty("code").GetString());
        Assert.Equal("200", code.GetProperty("args").GetProperty("max").GetString());
    }

    [Fact]
    public void A_code_without_arguments_is_written_without_args()
    {
        var json = Json(InputProblems.One("kpis[0].target", FieldCodes.Required, "target is required."));

        Assert.False(json.GetProperty("codes").GetProperty("kpis[0].target")[0].TryGetProperty("args", out _));
    }

    public static TheoryData<Action<InputProblems>, string, string> Checks => new()
    {
        { p => p.Text("f", "  ", 10), "f", "required" },
        { p => p.Text("f", "a\0b", 10), "f", "control-characters" },
        { p => p.Items<string, string>("f", [], 3, (s, _) => s), "f", "required" },
        { p => p.Items<string, string>("f", ["a", "b"], 1, (s, _) => s), "f", "too-many" },
        { p => p.Items<string, string>("f", [null], 3, (s, _) => s), "f[0]", "required" },
        { p => p.OneOf("f", "purple", ["red", "green"]), "f", "not-one-of" },
        { p => p.Range("f", 0, 1, 120), "f", "out-of-range" },
        { p => p.Range("f", null, 1, 120), "f", "required" },
        { p => p.WholeNumber("f", "abc", 1, 1, 10), "f", "not-a-whole-number" },
        { p => p.Email("f", "not an address"), "f", "invalid-email" },
        { p => p.WebAddress("f", "lumen dot example"), "f", "invalid-url" },
        { p => p.Languages("f", null, 10), "f", "required" },
        { p => p.Languages("f", new Dictionary<string, string> { ["xx"] = "a" }, 10), "f.xx", "not-a-language-tag" },
        { p => p.Languages("f", new Dictionary<string, string> { ["en"] = "a", ["EN"] = "b" }, 10), "f.EN", "repeated" },
        { p => p.Tags("f", Enumerable.Repeat("t", 21).ToList()), "f", "too-many" },
    };

    [Theory]
    [MemberData(nameof(Checks))]
    public void Every_check_names_its_problem_by_a_code(Action<InputProblems> check, string field, string code)
    {
        var problems = new InputProblems();
        check(problems);

        Assert.Equal(code, Code(problems.ToResult(), field).Code);
    }

    [Fact]
    public void A_range_carries_its_bounds_and_a_list_its_allowed_values()
    {
        var problems = new InputProblems();
        problems.Range("durationMonths", 0, 1, 120);
        problems.OneOf("maturity", "dream", ["concept", "pilot"]);
        var result = problems.ToResult();

        Assert.Equal(new Dictionary<string, string> { ["min"] = "1", ["max"] = "120" }, Code(result, "durationMonths").Args);
        Assert.Equal("concept,pilot", Code(result, "maturity").Args!["allowed"]);
    }

    [Fact]
    public void Codes_follow_the_errors_of_a_field_one_for_one_in_order()
    {
        var problems = new InputProblems();
        problems.Add("kpis[0].target", FieldCodes.Required, "target is required.");
        problems.Add("kpis[0].target", FieldCodes.NoProgress, "target equals baseline: there is no progress to measure.");
        var result = problems.ToResult();

        Assert.Equal(2, result.ProblemDetails.Errors["kpis[0].target"].Length);
        Assert.Equal(["required", "no-progress"], [Code(result, "kpis[0].target", 0).Code, Code(result, "kpis[0].target", 1).Code]);
    }

    [Fact]
    public void A_missing_version_is_added_with_its_code_and_keeps_the_codes_found_before()
    {
        var problems = new InputProblems();
        problems.Text("title.en", "", 200);

        var result = problems.ToResult().WithVersionRequired();

        Assert.Equal(["title.en", "version"], result.ProblemDetails.Errors.Keys.Order());
        Assert.Equal("required", Code(result, "title.en").Code);
        Assert.Equal("required", Code(result, "version").Code);
    }

    [Fact]
    public void A_refused_step_carries_its_code_and_invalid_when_the_rule_named_none()
    {
        var past = StepProblems.Refused<Ok>(StepResult.Invalid("endDate", "The dates lie in the past.", new(FieldCodes.InPast))).Result;
        var plain = StepProblems.Refused<Ok>(StepResult.Invalid("hostCity", "A trial runs in another member city.")).Result;

        Assert.Equal("in-the-past", Code((ValidationProblem)past, "endDate").Code);
        Assert.Equal("invalid", Code((ValidationProblem)plain, "hostCity").Code);
        Assert.Equal(["A trial runs in another member city."], ((ValidationProblem)plain).ProblemDetails.Errors["hostCity"]);
    }
}
