using Federation.Contracts.Catalog;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Manage.Challenges;

/// <summary>Withdrawing asks first: the tombstone removes the challenge from every member city's catalogue.</summary>
[Authorize(Roles = Roles.Agency)]
public sealed class WithdrawModel(ICatalogApi catalog, ThisCity city) : PortalPage
{
    public ChallengeResponse? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Record = await CallAsync(ct => catalog.GetChallengeAsync(id, city.Id, ct));
        return Record is null && Problem?.Status is 400 or 404 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Record = await CallAsync(ct => catalog.GetChallengeAsync(id, city.Id, ct));
        if (Record is null) return Problem?.Status is 400 or 404 ? NotFound() : Page();
        if (!await CallAsync(ct => catalog.WithdrawChallengeAsync(id, ct))) return Page();
        Confirm(T["Withdrew “{0}”. It disappears from every member city's catalogue.", LanguageMaps.Pick(Record.Title).Text]);
        return Redirect("/manage/challenges");
    }
}
