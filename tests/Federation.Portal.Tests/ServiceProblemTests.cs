using System.Text;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Federation.ServiceDefaults.Clients;
using Refit;

namespace Federation.Portal.Tests;

public sealed class ServiceProblemTests
{
    [Fact]
    public async Task A_validation_problem_keeps_each_field_and_the_detail()
    {
        var problem = ServiceProblem.From(await RefusalAsync(HttpStatusCode.BadRequest, "application/problem+json",
            """{"title":"The request has invalid fields","detail":"Check the fields.","errors":{"trl":["trl must be 1-9."],"title":["title needs a language."]}}"""));
        Assert.Equal(400, problem.Status);
        Assert.Equal("Check the fields.", problem.Detail);
        Assert.Equal(["trl must be 1-9."], problem.Errors["trl"]);
        Assert.Equal(2, problem.Errors.Count);
    }

    [Fact]
    public async Task A_validation_problem_keeps_the_code_of_each_message_beside_it()
    {
        var problem = ServiceProblem.From(await RefusalAsync(HttpStatusCode.BadRequest, "application/problem+json",
            """{"errors":{"provider.name":["provider.name is longer than 200 characters."]},"codes":{"provider.name":[{"code":"too-long","args":{"max":"200"}}]}}"""));
        var field = Assert.Single(problem.OnForm(f => f == "provider.name" ? "Input.ProviderName" : f).Fields);
        Assert.Equal(("provider.name", "Input.ProviderName", "too-long", "200"), (field.Field, field.FormField, field.Code!.Code, field.Code.Args!["max"]));
    }

    [Theory]
    [InlineData("""{"errors":{"trl":["trl must be 1-9."]}}""")]
    [InlineData("""{"errors":{"trl":["trl must be 1-9."]},"codes":"not an object"}""")]
    [InlineData("""{"errors":{"trl":["trl must be 1-9."]},"codes":{"trl":[]}}""")]
    [InlineData("""{"errors":{"trl":["trl must be 1-9."]},"codes":{"trl":[{"code":"out-of-range"}]}}""")]
    [InlineData("""{"errors":{"trl":["trl must be 1-9."]},"codes":{"trl":[{"code":"what-the-portal-never-heard-of"}]}}""")]
    public async Task A_refusal_without_codes_the_portal_knows_falls_back_to_the_service_words(string body)
    {
        var problem = ServiceProblem.From(await RefusalAsync(HttpStatusCode.BadRequest, "application/problem+json", body));
        var texts = Texts.Load(typeof(ServiceProblem).Assembly);

        Assert.Equal("trl must be 1-9.", Assert.Single(problem.Fields).Reason(texts));
    }

    [Theory]
    [InlineData("application/problem+json", "")]
    [InlineData("text/html", "<html>Bad gateway</html>")]
    [InlineData("application/problem+json", "[1,2]")]
    [InlineData("application/problem+json", """{"errors":{"x":"not a list"}}""")]
    [InlineData("application/json", """{"detail":"not served as ProblemDetails","errors":{"x":["y"]}}""")]
    public async Task An_answer_that_is_not_problem_details_still_gives_its_status(string contentType, string body)
    {
        var problem = ServiceProblem.From(await RefusalAsync(HttpStatusCode.Conflict, contentType, body));
        Assert.Equal(409, problem.Status);
        Assert.Empty(problem.Errors);
    }

    [Fact]
    public void A_service_that_does_not_answer_is_unavailable()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:9/api/solutions");
        var unanswered = new ApiRequestException(request, HttpMethod.Get, ServiceClients.Settings, new HttpRequestException("Connection refused"));
        Assert.Same(ServiceProblem.Unreachable, ServiceProblem.From(unanswered));
        Assert.Equal(503, ServiceProblem.Unreachable.Status);
    }

    /// <summary>The exception a client of <see cref="ServiceClients"/> throws for this answer.</summary>
    private static async Task<ApiException> RefusalAsync(HttpStatusCode status, string contentType, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:9/api/solutions");
        using var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType), RequestMessage = request };
        return await ApiException.Create(request, HttpMethod.Post, response, ServiceClients.Settings);
    }
}
