using System.Net;
using Federation.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Trials.Verified;

/// <summary>The printable certificate, as the trials service renders it (English and both cities' languages).</summary>
public sealed class CertificatePageModel(ITrialsApi trials) : PortalPage
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        using var answer = await CertificateFiles.FetchAsync(HttpContext, ct => trials.GetCertificatePageAsync(id, ct));
        if (answer is null) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (answer.StatusCode == HttpStatusCode.NotFound) return NotFound();
        if (!answer.IsSuccessStatusCode) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        return Content(await answer.Content.ReadAsStringAsync(HttpContext.RequestAborted), "text/html; charset=utf-8");
    }
}
