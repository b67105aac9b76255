using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog;

/// <summary>One record of any member city, addressed by its city and id.</summary>
public abstract class CatalogDetailsPage<TResponse>(CatalogRecords<TResponse> records) : PortalPage where TResponse : class
{
    public TResponse? Record { get; private set; }

    public virtual async Task<IActionResult> OnGetAsync(string city, Guid id)
    {
        Record = await CallAsync(ct => records.GetAsync(id, city, ct));
        // An unknown city is the service's 400: to the visitor it is as missing as an unknown id.
        if (Record is null && Problem?.Status is 400 or 404) return NotFound();
        return Page();
    }
}
