using Federation.Contracts.Catalog;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Manage.Solutions;

/// <summary>Withdrawing asks first: the tombstone removes the listing from every member city's catalogue.</summary>
[Authorize(Roles = Roles.Agency)]
public sealed class WithdrawModel(ICatalogApi catalog, ThisCity city) : PortalPage
{
    public SolutionResponse? Listing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Listing = await CallAsync(ct => catalog.GetSolutionAsync(id, city.Id, ct));
        return Listing is null && Problem?.Status is 400 or 404 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Listing = await CallAsync(ct => catalog.GetSolutionAsync(id, city.Id, ct));
        if (Listing is null) return Problem?.Status is 400 or 404 ? NotFound() : Page();
        if (!await CallAsync(ct => catalog.WithdrawSolutionAsync(id, ct))) return Page();
        Confirm(T["Withdrew “{0}”. It disappears from every member city's catalogue.", LanguageMaps.Pick(Listing.Title).Text]);
        return Redirect("/manage/solutions");
    }
}
