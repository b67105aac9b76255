using Federation.ServiceDefaults.Clients;
using Refit;

namespace Federation.Catalog.Features.Solutions;

/// <summary>
/// Who owns a listing being written: a company's person lists for their own organisation only; an agency lists as
/// its own organisation, or on behalf of an active local organisation it names, checked in the city's directory.
/// </summary>
public sealed class ProviderOrganisations(IIdentityApi identity, ILogger<ProviderOrganisations> log)
{
    private const string Field = "provider.organisationId";

    /// <returns>The provider with its owning organisation; or a 400 naming provider.organisationId; or a 403 when a
    /// company names another organisation; or a 503 if the directory cannot answer.</returns>
    public async Task<(Provider? Owned, ValidationProblem? Invalid, ProblemHttpResult? Refused)> OwnAsync(
        Provider provider, Actor by, string city, CancellationToken ct)
    {
        var named = provider.OrganisationId;
        if (by.Role != Actor.Agency)
            return named is null || by.IsOf(named)
                ? (provider with { Name = by.Organisation, OrganisationId = by.OrganisationId }, null, null)
                : (null, null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Another organisation's listing",
                    detail: $"{Field} {named} is not {by.Organisation}: a company lists only its own solutions."));
        // An agency's own listing keeps the provider it describes (one not yet in the directory, say) and is its own.
        if (named is null || by.IsOf(named)) return (provider with { OrganisationId = by.OrganisationId }, null, null);
        try
        {
            var organisation = await identity.GetOrganisationAsync(named.Value, ct).OrNullIfNotFoundAsync();
            if (organisation is null || organisation.City != city || organisation.Status != "active")
                return (null, InputProblems.One(Field, FieldCodes.NotFound, $"{city}'s directory holds no active organisation {named}: an agency lists on behalf of its own city's organisations."), null);
            return (provider with { Name = organisation.Name, OrganisationId = organisation.Id }, null, null);
        }
        catch (ApiExceptionBase e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "The directory could not be asked about organisation {OrganisationId}", named);
            return (null, null, TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Directory unavailable",
                detail: "This city's identity service did not answer, so the provider's organisation cannot be checked. Nothing was saved; try again shortly."));
        }
    }
}
