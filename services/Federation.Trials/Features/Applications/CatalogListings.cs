using Federation.Contracts.Catalog;
using Federation.ServiceDefaults.Clients;
using Refit;

namespace Federation.Trials.Features.Applications;

/// <summary>
/// Checks an application against this city's catalogue, which holds every member's listings: the solution
/// must be a live listing of the applicant's own city and organisation, the challenge (if any) a live one of the host city.
/// </summary>
public sealed class CatalogListings(ICatalogApi catalog, ILogger<CatalogListings> log)
{
    /// <returns>The input with the listing's title; or a 400 naming the field; or a 403 when another organisation
    /// provides the listing; or a 503 if the catalogue cannot answer.</returns>
    public async Task<(ApplicationInput? Input, ValidationProblem? Invalid, ProblemHttpResult? Refused)> CheckAsync(
        ApplicationInput input, string homeCity, Actor applicant, CancellationToken ct)
    {
        try
        {
            var problems = new InputProblems();
            var solution = await catalog.GetSolutionAsync(input.SolutionId, homeCity, ct).OrNullIfNotFoundAsync();
            if (solution is null)
                problems.Add("solutionId", FieldCodes.NotFound, $"{homeCity}'s catalogue lists no live solution {input.SolutionId}: a startup applies with its own city's listing.");

            if (input.ChallengeId is { } challengeId && !string.IsNullOrEmpty(input.HostCity)
                && await catalog.GetChallengeAsync(challengeId, input.HostCity, ct).OrNullIfNotFoundAsync() is null)
                problems.Add("challengeId", FieldCodes.NotFound, $"The catalogue holds no live challenge {challengeId} of {input.HostCity}.");
            if (problems.Any) return (null, problems.ToResult(), null);
            if (!applicant.IsOf(solution!.Provider.OrganisationId))
                return (null, null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Another organisation's listing",
                    detail: $"Listing {input.SolutionId} is provided by {solution.Provider.Name}, not {applicant.Organisation}: "
                        + "a startup applies only with its own organisation's listings."));
            return (input with { SolutionTitle = solution!.Title }, null, null);
        }
        catch (ApiExceptionBase e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "The catalogue could not be asked about solution {SolutionId}", input.SolutionId);
            return (null, null, Unavailable());
        }
    }

    /// <summary>
    /// A live listing and a live challenge of two cities, as an interest joins them: each null when the catalogue holds no
    /// such live record; or a 503 if the catalogue cannot answer.
    /// </summary>
    public async Task<(SolutionResponse? Solution, ChallengeResponse? Challenge, ProblemHttpResult? Unanswered)> PairAsync(
        Guid solutionId, string solutionCity, Guid challengeId, string challengeCity, CancellationToken ct)
    {
        try
        {
            return (await catalog.GetSolutionAsync(solutionId, solutionCity, ct).OrNullIfNotFoundAsync(),
                await catalog.GetChallengeAsync(challengeId, challengeCity, ct).OrNullIfNotFoundAsync(), null);
        }
        catch (ApiExceptionBase e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "The catalogue could not be asked about solution {SolutionId} and challenge {ChallengeId}", solutionId, challengeId);
            return (null, null, Unavailable());
        }
    }

    private static ProblemHttpResult Unavailable() => TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Catalogue unavailable", detail: "This city's catalogue did not answer, so the listing cannot be checked. Nothing was saved; try again shortly.");
}
