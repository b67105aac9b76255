using System.Net;
using Federation.Awards.Domain;
using Federation.Awards.Features.Nominations;
using Federation.ServiceDefaults.Clients;
using Federation.Testing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Federation.Awards.Tests.Features;

/// <summary>What this city's catalogue answers about an entry's listing decides between a field error and "try again".</summary>
public sealed class CityListingsTests
{
    [Fact]
    public async Task A_listing_the_catalogue_does_not_hold_is_an_error_on_solutionId()
    {
        var (solution, _, invalid, unavailable) = await Find(StubbedService.Answering<ICatalogApi>("Catalog",
            _ => StubbedService.Problem(HttpStatusCode.NotFound, """{"status":404,"detail":"No live solution."}""")));
        Assert.Null(solution);
        Assert.Null(unavailable);
        Assert.Equal(["solutionId"], invalid!.ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task A_catalogue_that_refuses_or_does_not_answer_is_unavailable()
    {
        foreach (var catalog in new[]
                 {
                     StubbedService.Answering<ICatalogApi>("Catalog", _ => StubbedService.Problem(HttpStatusCode.Forbidden, """{"detail":"No."}""")),
                     StubbedService.Silent<ICatalogApi>("Catalog"),
                 })
        {
            var (solution, _, invalid, unavailable) = await Find(catalog);
            Assert.Null(solution);
            Assert.Null(invalid);
            Assert.Equal(503, unavailable!.StatusCode);
        }
    }

    [Fact]
    public async Task A_live_listing_brings_its_passed_verified_trials_as_evidence()
    {
        var (passed, failed) = (Guid.NewGuid(), Guid.NewGuid());
        var (solution, verified, _, _) = await Find(StubbedService.Answering<ICatalogApi>("Catalog", _ => StubbedService.Json($$"""
            {"id":"{{Guid.NewGuid()}}","city":"seoul","title":{"en":"Smart lamp"},"summary":{"en":"Dims itself."},
             "verifications":[{"trialId":"{{passed}}","verdict":"passed"},{"trialId":"{{failed}}","verdict":"failed"}]}
            """)));
        Assert.Equal("Smart lamp", solution!.Title["en"]);
        Assert.Equal([passed], verified);
    }

    private static Task<(ListedSolution?, IReadOnlyCollection<Guid>, ValidationProblem?, ProblemHttpResult?)> Find(ICatalogApi catalog) =>
        new CityListings(catalog, NullLogger<CityListings>.Instance).FindAsync(Guid.NewGuid(), "seoul", CancellationToken.None);
}
