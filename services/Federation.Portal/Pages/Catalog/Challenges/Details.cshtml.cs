using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Challenges;

/// <summary>One challenge of any member city: what the city needs, where, and until when it takes proposals.</summary>
public sealed class DetailsModel(ICatalogApi catalog) : PortalPage
{
    public ChallengeResponse? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(string city, Guid id)
    {
        Record = await CallAsync(ct => catalog.GetChallengeAsync(id, city, ct));
        // An unknown city is the service's 400: to the visitor it is as missing as an unknown id.
        if (Record is null && Problem?.Status is 400 or 404) return NotFound();
        return Page();
    }
}
