using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Portal.Pages.Awards;

/// <summary>The awards service's printable results page, as it is: self-contained, every language of every title.</summary>
public sealed class ResultsPrintModel(IAwardsApi awards) : PageModel
{
    public Task<IActionResult> OnGetAsync(Guid cycleId) =>
        ServiceFiles.PassThroughAsync(this, ct => awards.GetResultsPageAsync(cycleId, ct), "text/html; charset=utf-8");
}
