using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Portal.Pages.Trials.Verified;

/// <summary>The printable certificate, as the trials service renders it (English and both cities' languages).</summary>
public sealed class CertificatePageModel(ITrialsApi trials) : PageModel
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ServiceFiles.PassThroughAsync(this, ct => trials.GetCertificatePageAsync(id, ct), "text/html; charset=utf-8");
}
