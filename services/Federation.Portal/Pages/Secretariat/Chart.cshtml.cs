using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Portal.Pages.Secretariat;

/// <summary>The ranking chart the service draws, for the ranking page's img (the table beside it is its text alternative).</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class ChartModel(ISecretariatApi secretariat) : PageModel
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ServiceFiles.PassThroughAsync(this, ct => secretariat.GetRankingChartAsync(id, ct), "image/svg+xml");
}
