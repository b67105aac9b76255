using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Federation.Portal.Pages;

/// <summary>
/// Passes a file a service renders (the ranking chart, the scores sheet, a signed certificate, a printable
/// page) through to the browser byte for byte; <c>downloadAs</c> makes it an attachment. Re-encoding would
/// gain nothing: a certificate is checked against what its host city signed.
/// </summary>
public static class ServiceFiles
{
    public static async Task<IActionResult> PassThroughAsync(PageModel page, Func<CancellationToken, Task<HttpResponseMessage>> call,
        string contentType, string? downloadAs = null)
    {
        var ct = page.HttpContext.RequestAborted;
        try
        {
            using var response = await call(ct);
            if (!response.IsSuccessStatusCode)
                return response.StatusCode == HttpStatusCode.NotFound ? page.NotFound()
                    // 400 (a cycle that cannot be ranked), 401, 403...: the status, without the service's body.
                    : page.StatusCode((int)response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            // An SVG or a printable page opened on its own may still run nothing (they need no script).
            page.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            page.Response.Headers.XContentTypeOptions = "nosniff";
            var file = new FileContentResult(bytes, contentType);
            if (downloadAs is not null)
            {
                // The service's own file name (award-2026-scores.csv) when it gives one.
                var disposition = response.Content.Headers.ContentDisposition;
                file.FileDownloadName = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"') is { Length: > 0 } name ? name : downloadAs;
            }
            return file;
        }
        catch (ApiRequestException) when (!ct.IsCancellationRequested)
        {
            return page.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}
