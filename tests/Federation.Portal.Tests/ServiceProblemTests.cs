using System.Net;
using Federation.Portal.Clients;

namespace Federation.Portal.Tests;

public sealed class ServiceProblemTests
{
    [Fact]
    public void A_validation_problem_keeps_each_field_and_the_detail()
    {
        var problem = ServiceProblem.From(HttpStatusCode.BadRequest,
            """{"title":"The request has invalid fields","detail":"Check the fields.","errors":{"trl":["trl must be 1-9."],"title":["title needs a language."]}}""");
        Assert.Equal(400, problem.Status);
        Assert.Equal("Check the fields.", problem.Detail);
        Assert.Equal(["trl must be 1-9."], problem.Errors["trl"]);
        Assert.Equal(2, problem.Errors.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("[1,2]")]
    [InlineData("""{"errors":{"x":"not a list"}}""")]
    public void An_answer_that_is_not_problem_details_still_gives_its_status(string body)
    {
        var problem = ServiceProblem.From(HttpStatusCode.Conflict, body);
        Assert.Equal(409, problem.Status);
        Assert.Empty(problem.Errors);
    }
}
