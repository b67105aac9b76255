using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Portal.Pages.Trials.Verified;

/// <summary>The signed certificate as a file, from this city's trials service (every city records every verified trial).</summary>
public sealed class CertificateModel(ITrialsApi trials) : PageModel
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ServiceFiles.PassThroughAsync(this, ct => trials.GetCertificateAsync(id, ct), "application/json", $"certificate-{id}.json");
}
