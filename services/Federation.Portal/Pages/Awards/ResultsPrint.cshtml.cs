using System.Net;
using Federation.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Awards;

/// <summary>
/// The awards service's printable results page, passed through as it is: it is self-contained (no scripts,
/// every language of every title), so the portal adds nothing to it.
/// </summary>
public sealed class ResultsPrintModel(IAwardsApi awards) : PortalPage
{
    public async Task<IActionResult> OnGetAsync(Guid cycleId)
    {
        string? html = null;
        var done = await CallAsync(async ct =>
        {
            var response = await awards.GetResultsPageAsync(cycleId, ct);
            if (response.IsSuccessStatusCode) html = await response.Content.ReadAsStringAsync(ct);
            return response;
        });
        if (done && html is not null) return Content(html, "text/html; charset=utf-8");
        return Problem?.Status == (int)HttpStatusCode.NotFound ? NotFound() : Page();
    }
}
