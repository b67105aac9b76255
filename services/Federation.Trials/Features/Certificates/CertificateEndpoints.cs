using Microsoft.Extensions.Options;
using Federation.Contracts.Trials;

namespace Federation.Trials.Features.Certificates;

public static class CertificateEndpoints
{
    public static IHostApplicationBuilder AddCertificates(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CertificateVerifier>();
        builder.Services.AddPrintablePages();
        // The node key that signs its messages signs its certificates: the member list vouches for both.
        builder.Services.AddSingleton(sp => CertificateSigner.ForNode(
            sp.GetRequiredService<IOptions<MessageSigningOptions>>().Value.SigningKeyFile, sp.GetRequiredService<ThisCity>().Member));
        return builder;
    }

    public static void MapCertificatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/trials/certificates").WithTags("Certificates").AllowAnonymous();
        api.MapPost("/verify", Verify)
            .WithSummary("Check a certificate of demonstration: is the signature valid, and which city signed it");
        api.MapPost("/page", Page)
            .WithSummary("The printable page of a signed certificate, in English and both cities' languages");
    }

    // Anyone may check a certificate at any node: the answer depends only on the public member list. A body
    // that holds no certificate is a bad request; a certificate that does not verify is an answer (valid: false).
    private static Results<Ok<VerifyCertificateResponse>, ValidationProblem> Verify(SignedCertificate certificate, CertificateVerifier verifier) =>
        Incomplete(certificate) is { } problem ? problem : TypedResults.Ok(verifier.Verify(certificate));

    private static Results<RazorComponentResult<CertificatePage>, ValidationProblem, ProblemHttpResult> Page(SignedCertificate certificate, CertificateVerifier verifier)
    {
        if (Incomplete(certificate) is { } problem) return problem;
        var check = verifier.Verify(certificate);
        // A page is only printed for a genuine certificate: a forged one would look just as official.
        return check.Valid
            ? CertificatePage.Of(certificate)
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a valid certificate", detail: check.Reason);
    }

    // The contract calls every part required, but JSON from anyone may leave any of them out.
    private static ValidationProblem? Incomplete(SignedCertificate signed)
    {
        var problems = new InputProblems();
        if (signed.Certificate is null) problems.Add("certificate", FieldCodes.Required, "certificate is required: send the signed certificate as a node issued it.");
        problems.Text("signerCity", signed.SignerCity, 100);
        problems.Text("signature", signed.Signature, 200);
        problems.Text("keyFingerprint", signed.KeyFingerprint, 200);
        return problems.Any ? problems.ToResult() : null;
    }
}
