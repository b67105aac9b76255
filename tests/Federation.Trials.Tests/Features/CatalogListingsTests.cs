using System.Net;
using Federation.ServiceDefaults.Clients;
using Federation.Testing;
using Federation.Trials.Domain;
using Federation.Trials.Features.Applications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Federation.Trials.Tests.Features;

/// <summary>What this city's catalogue answers about an application's listing decides between a field error and "try again".</summary>
public sealed class CatalogListingsTests
{
    private static readonly ApplicationInput Application = new("taipei", Guid.NewGuid(), null, "Fewer dark streets", "Xinyi", [], 6, 0.5m);

    [Fact]
    public async Task A_listing_the_catalogue_does_not_hold_is_an_error_on_solutionId()
    {
        var (checkedInput, invalid, unavailable) = await Check(StubbedService.Answering<ICatalogApi>("Catalog",
            _ => StubbedService.Problem(HttpStatusCode.NotFound, """{"status":404,"detail":"No live solution."}""")));
        Assert.Null(checkedInput);
        Assert.Null(unavailable);
        Assert.Equal(["solutionId"], invalid!.ProblemDetails.Errors.Keys);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Another_refusal_of_the_catalogue_is_unavailable_not_the_applicant_fault(HttpStatusCode status)
    {
        var (checkedInput, invalid, unavailable) = await Check(StubbedService.Answering<ICatalogApi>("Catalog",
            _ => StubbedService.Problem(status, """{"detail":"Not now."}""")));
        Assert.Null(checkedInput);
        Assert.Null(invalid);
        Assert.Equal(503, unavailable!.StatusCode);
    }

    [Fact]
    public async Task A_catalogue_that_does_not_answer_is_unavailable()
    {
        var (_, invalid, unavailable) = await Check(StubbedService.Silent<ICatalogApi>("Catalog"));
        Assert.Null(invalid);
        Assert.Equal(503, unavailable!.StatusCode);
    }

    [Fact]
    public async Task A_live_listing_of_the_home_city_gives_the_application_its_title()
    {
        HttpRequestMessage? asked = null;
        var (checkedInput, _, _) = await Check(StubbedService.Answering<ICatalogApi>("Catalog", request =>
        {
            asked = request;
            return StubbedService.Json($$$"""{"id":"{{{Application.SolutionId}}}","city":"seoul","title":{"en":"Smart lamp","ko":"스마트 가로등"}}""");
        }));
        Assert.Equal($"/api/solutions/{Application.SolutionId}?city=seoul", asked!.RequestUri!.PathAndQuery);
        Assert.Equal("스마트 가로등", checkedInput!.SolutionTitle!["ko"]);
    }

    private static Task<(ApplicationInput?, ValidationProblem?, ProblemHttpResult?)> Check(ICatalogApi catalog) =>
        new CatalogListings(catalog, NullLogger<CatalogListings>.Instance).CheckAsync(Application, "seoul", CancellationToken.None);
}
