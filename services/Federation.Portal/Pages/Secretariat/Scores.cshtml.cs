using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Portal.Pages.Secretariat;

/// <summary>Every score per judge, entry and criterion, as the service writes it, downloaded as a file.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class ScoresModel(ISecretariatApi secretariat) : PageModel
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ServiceFiles.PassThroughAsync(this, ct => secretariat.GetScoresCsvAsync(id, ct), "text/csv; charset=utf-8", "scores.csv");
}
