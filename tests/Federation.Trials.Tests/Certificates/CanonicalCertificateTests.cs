using System.Text;
using MassTransit.Serialization;
using Federation.Contracts.Trials;

namespace Federation.Trials.Tests.Certificates;

public sealed class CanonicalCertificateTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_certificate_downloaded_and_uploaded_again_as_json_has_the_same_canonical_bytes()
    {
        var certificate = TestCities.Certificate();

        var uploaded = JsonSerializer.Deserialize<CertificateOfDemonstration>(JsonSerializer.Serialize(certificate, Web), Web)!;

        Assert.Equal(CanonicalCertificate.Bytes(certificate), CanonicalCertificate.Bytes(uploaded));
    }

    [Fact]
    public void A_certificate_broadcast_through_masstransits_serializer_has_the_same_canonical_bytes()
    {
        var message = new TrialVerified(Guid.NewGuid(), "seoul", "taipei",
            new SignedCertificate(TestCities.Certificate(), "taipei", "c2ln", "AB12"));
        var options = SystemTextJsonMessageSerializer.Options;

        var received = JsonSerializer.Deserialize<TrialVerified>(JsonSerializer.Serialize(message, options), options)!;

        Assert.Equal(CanonicalCertificate.Bytes(message.Certificate.Certificate), CanonicalCertificate.Bytes(received.Certificate.Certificate));
    }

    [Fact]
    public void Key_order_time_offset_and_trailing_zeros_do_not_change_the_canonical_bytes()
    {
        var certificate = TestCities.Certificate();
        var stored = certificate with
        {
            SolutionTitle = certificate.SolutionTitle.Reverse().ToDictionary(),
            VerifiedAt = certificate.VerifiedAt.ToOffset(TimeSpan.FromHours(-5)),
            Kpis = [certificate.Kpis[0] with { Baseline = 80m, Target = 95.5000m }, certificate.Kpis[1] with { Baseline = 12.00m }],
        };

        Assert.Equal(CanonicalCertificate.Bytes(certificate), CanonicalCertificate.Bytes(stored));
    }

    [Fact]
    public void The_canonical_form_is_the_version_line_then_camel_case_json_without_nulls_in_utc()
    {
        var text = Encoding.UTF8.GetString(CanonicalCertificate.Bytes(TestCities.Certificate()));

        Assert.StartsWith("federation-certificate-v1\n{\"certificateId\":\"c0000000-0000-4000-8000-000000000001\",", text);
        Assert.Contains("\"solutionTitle\":{\"en\":\"Smart \\u0022parking\\u0022 sensor\",\"ko\":", text);
        Assert.Contains("\"period\":{\"start\":\"2026-03-01\",\"end\":\"2026-08-31\"}", text);
        Assert.Contains("{\"name\":\"Average search time\",\"unit\":\"min\",\"baseline\":12,\"target\":8,\"confirmed\":false}", text);
        Assert.Contains("\"baseline\":80,\"target\":95.5,\"achieved\":96.25,", text);
        Assert.EndsWith("\"verifiedAt\":\"2026-09-30T09:45:12.3456789+00:00\"}", text);
    }

    [Fact]
    public void A_certificate_with_fields_missing_still_has_canonical_bytes()
    {
        var broken = JsonSerializer.Deserialize<CertificateOfDemonstration>("""{"kpis":[null],"verdict":"passed"}""", Web)!;

        var text = Encoding.UTF8.GetString(CanonicalCertificate.Bytes(broken));

        Assert.Contains("\"kpis\":[null]", text);
    }
}
