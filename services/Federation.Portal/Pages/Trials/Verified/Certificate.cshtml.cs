using System.Net;
using Federation.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Trials.Verified;

/// <summary>
/// The signed certificate as a file, passed on from this city's trials service byte for byte: any
/// change, even to its spacing, is harmless, but nothing is gained by re-encoding what the host signed.
/// </summary>
public sealed class CertificateModel(ITrialsApi trials) : PortalPage
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        using var answer = await CertificateFiles.FetchAsync(HttpContext, ct => trials.GetCertificateAsync(id, ct));
        if (answer is null) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (answer.StatusCode == HttpStatusCode.NotFound) return NotFound();
        if (!answer.IsSuccessStatusCode) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        return File(await answer.Content.ReadAsByteArrayAsync(HttpContext.RequestAborted), "application/json", $"certificate-{id}.json");
    }
}

/// <summary>Reads a certificate answer from the trials service; null when it could not be reached.</summary>
internal static class CertificateFiles
{
    public static async Task<HttpResponseMessage?> FetchAsync(HttpContext http, Func<CancellationToken, Task<HttpResponseMessage>> call)
    {
        try
        {
            return await call(http.RequestAborted);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !http.RequestAborted.IsCancellationRequested)
        {
            return null;
        }
    }
}
