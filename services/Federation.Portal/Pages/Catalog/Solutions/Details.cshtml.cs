using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Solutions;

/// <summary>One listing of any member city, with where it was verified and what it won.</summary>
public sealed class DetailsModel(ICatalogApi catalog) : PortalPage
{
    public SolutionResponse? Solution { get; private set; }

    public async Task<IActionResult> OnGetAsync(string city, Guid id)
    {
        Solution = await CallAsync(ct => catalog.GetSolutionAsync(id, city, ct));
        // An unknown city is the service's 400: to the visitor it is as missing as an unknown id.
        if (Solution is null && Problem?.Status is 400 or 404) return NotFound();
        return Page();
    }
}
