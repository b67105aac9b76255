using Federation.ServiceDefaults.Clients;

namespace Federation.Awards.Features.Nominations;

/// <summary>
/// Asks this city's catalogue for the listing an entry names: it must be a live listing of this city. Its
/// verifications are the verified trials an entry may cite.
/// </summary>
public sealed class CityListings(ICatalogApi catalog, ILogger<CityListings> log)
{
    private const string Passed = "passed";

    /// <returns>The listing and its passed verified trials; or a 400 naming solutionId; or a 503 if the catalogue cannot answer.</returns>
    public async Task<(ListedSolution? Solution, IReadOnlyCollection<Guid> VerifiedTrials, ValidationProblem? Invalid, ProblemHttpResult? Unavailable)> FindAsync(
        Guid solutionId, string city, CancellationToken ct)
    {
        try
        {
            var s = await catalog.GetSolutionAsync(solutionId, city, ct).OrNullIfNotFoundAsync();
            if (s is null)
            {
                var problems = new InputProblems();
                problems.Add("solutionId", FieldCodes.NotFound, $"{city}'s catalogue lists no live solution {solutionId} of {city}: a city enters only its own listings.");
                return (null, [], problems.ToResult(), null);
            }
            var verified = s.Verifications.Where(v => string.Equals(v.Verdict, Passed, StringComparison.OrdinalIgnoreCase)).Select(v => v.TrialId).ToList();
            return (new ListedSolution(s.Id, s.City, s.Title, s.Summary, s.Provider.OrganisationId, s.Provider.Name ?? ""), verified, null, null);
        }
        catch (ApiExceptionBase e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "The catalogue could not be asked about solution {SolutionId}", solutionId);
            return (null, [], null, TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Catalogue unavailable",
                detail: "This city's catalogue did not answer, so the listing cannot be checked. Nothing was saved; try again shortly."));
        }
    }
}
