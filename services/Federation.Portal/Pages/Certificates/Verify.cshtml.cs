using System.Text;
using System.Text.Json;
using Federation.Contracts.Trials;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Certificates;

/// <summary>
/// Anyone checks a certificate of demonstration, uploaded as its file or pasted: this city's trials service
/// verifies the host city's signature against the member list. What is not a certificate is said so here.
/// </summary>
[RequestSizeLimit(4 * MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 4 * MaxBytes, ValueLengthLimit = 4 * MaxBytes)]
public sealed class VerifyModel(ITrialsApi trials) : PortalPage
{
    /// <summary>A certificate is a few kilobytes; anything much larger is not one.</summary>
    public const int MaxBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Pasted { get; set; }

    public VerifyCertificateResponse? Result { get; private set; }
    public CertificateOfDemonstration? Certificate { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var text = await ReadAsync();
        if (text is null) return Page();
        SignedCertificate? signed = null;
        try { signed = JsonSerializer.Deserialize<SignedCertificate>(text, Json); }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            ModelState.AddModelError(nameof(Upload), T["This is not a certificate file: its contents are not JSON."]);
            return Page();
        }
        if (signed is null || !Complete(signed))
        {
            ModelState.AddModelError(nameof(Upload), T["This JSON is not a certificate of demonstration: parts of a certificate are missing."]);
            return Page();
        }
        Result = await CallAsync(ct => trials.VerifyCertificateAsync(signed, ct));
        Certificate = signed.Certificate;
        return Page();
    }

    private async Task<string?> ReadAsync()
    {
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > MaxBytes)
            {
                ModelState.AddModelError(nameof(Upload), T["The file is larger than {0} KB: it is not a certificate.", MaxBytes / 1024]);
                return null;
            }
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            return await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }
        if (!string.IsNullOrWhiteSpace(Pasted))
        {
            if (Pasted.Length <= MaxBytes) return Pasted;
            ModelState.AddModelError(nameof(Pasted), T["The text is longer than {0} KB: it is not a certificate.", MaxBytes / 1024]);
            return null;
        }
        ModelState.AddModelError(nameof(Upload), Upload is null
            ? T["Choose a certificate file, or paste its contents."]
            : T["The file is empty."]);
        return null;
    }

    // The contract's records promise non-null fields, but a file from anywhere keeps no promise.
    private static bool Complete(SignedCertificate s) =>
        s.Certificate is { } c && s.SignerCity is not null && s.Signature is not null && s.KeyFingerprint is not null
        && c.SolutionTitle is not null && c.HomeCity is not null && c.HostCity is not null && c.ApplicantOrganisation is not null
        && c.HostAgency is not null && c.Site is not null && c.Period is not null && c.Kpis is not null && c.Kpis.All(k => k?.Name is not null && k.Unit is not null)
        && c.Verdict is not null && c.Findings is not null;
}
