using Federation.Contracts.Trials;

namespace Federation.Trials.Tests.Certificates;

public sealed class CertificateVerificationTests : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly TestCities _cities = new();
    private readonly CertificateVerifier _verifier;

    public CertificateVerificationTests() => _verifier = new CertificateVerifier(_cities.Members);

    public void Dispose() => _cities.Dispose();

    private SignedCertificate SignedByTaipei(CertificateOfDemonstration? certificate = null) =>
        new CertificateSigner(_cities.TaipeiKey, "taipei").Sign(certificate ?? TestCities.Certificate());

    [Fact]
    public void A_certificate_signed_by_the_host_verifies_with_nothing_but_the_member_list()
    {
        var signed = SignedByTaipei();

        var result = _verifier.Verify(signed);

        Assert.Equal(new VerifyCertificateResponse(true, "taipei", KeyFingerprint.Of(_cities.TaipeiKey), null), result);
    }

    public static TheoryData<string> Alterations => ["verdict flipped", "kpi value changed", "kpi unconfirmed", "findings",
        "title", "applicant", "home city", "period", "verified a tick later", "certificate id"];

    [Theory]
    [MemberData(nameof(Alterations))]
    public void A_certificate_altered_after_signing_fails_verification(string alteration)
    {
        var signed = SignedByTaipei();
        var c = signed.Certificate;
        var altered = alteration switch
        {
            "verdict flipped" => c with { Verdict = "failed" },
            "kpi value changed" => c with { Kpis = [c.Kpis[0] with { Achieved = 96.26m }, c.Kpis[1]] },
            "kpi unconfirmed" => c with { Kpis = [c.Kpis[0] with { Confirmed = false }, c.Kpis[1]] },
            "findings" => c with { Findings = c.Findings + " " },
            "title" => c with { SolutionTitle = new Dictionary<string, string>(c.SolutionTitle) { ["en"] = "Smart parking sensor" } },
            "applicant" => c with { ApplicantOrganisation = "Parkly Co., Ltd" },
            "home city" => c with { HomeCity = "new-taipei" },
            "period" => c with { Period = c.Period with { End = c.Period.End.AddDays(1) } },
            "verified a tick later" => c with { VerifiedAt = c.VerifiedAt.AddTicks(1) },
            _ => c with { CertificateId = Guid.NewGuid() },
        };

        var result = _verifier.Verify(signed with { Certificate = altered });

        Assert.False(result.Valid);
        Assert.Contains("does not verify", result.Reason);
    }

    [Fact]
    public void A_certificate_whose_json_was_edited_by_one_character_fails_verification()
    {
        var json = JsonSerializer.Serialize(SignedByTaipei(), Web);
        Assert.Contains("\"achieved\":96.25", json);

        var edited = JsonSerializer.Deserialize<SignedCertificate>(json.Replace("\"achieved\":96.25", "\"achieved\":96.35"), Web);

        Assert.False(_verifier.Verify(edited).Valid);
    }

    [Fact]
    public void A_signature_with_one_byte_flipped_fails_verification()
    {
        var signed = SignedByTaipei();
        var signature = Convert.FromBase64String(signed.Signature);
        signature[10] ^= 0x01;

        var result = _verifier.Verify(signed with { Signature = Convert.ToBase64String(signature) });

        Assert.False(result.Valid);
        Assert.Contains("does not verify", result.Reason);
    }

    [Fact]
    public void A_certificate_downloaded_and_uploaded_again_as_json_still_verifies()
    {
        var json = JsonSerializer.Serialize(SignedByTaipei(), Web);

        var uploaded = JsonSerializer.Deserialize<SignedCertificate>(json, Web);

        Assert.True(_verifier.Verify(uploaded).Valid);
    }

    [Fact]
    public void Another_citys_key_signing_in_the_hosts_name_fails_even_with_the_hosts_fingerprint()
    {
        var forged = new CertificateSigner(_cities.SeoulKey, "taipei").Sign(TestCities.Certificate());

        var plain = _verifier.Verify(forged);
        var disguised = _verifier.Verify(forged with { KeyFingerprint = KeyFingerprint.Of(_cities.TaipeiKey) });

        Assert.False(plain.Valid);
        Assert.Contains("fingerprint", plain.Reason);
        Assert.False(disguised.Valid);
        Assert.Contains("does not verify", disguised.Reason);
    }

    [Fact]
    public void A_certificate_whose_signer_city_was_changed_fails_verification()
    {
        var signed = SignedByTaipei();

        var result = _verifier.Verify(signed with { SignerCity = "seoul", KeyFingerprint = KeyFingerprint.Of(_cities.SeoulKey) });

        Assert.False(result.Valid);
        Assert.Equal("seoul", result.SignerCity);
    }

    [Fact]
    public void A_city_that_did_not_host_the_trial_cannot_certify_it_even_with_its_own_valid_key()
    {
        var certificate = TestCities.Certificate();
        var bySeoul = new CertificateSigner(_cities.SeoulKey, "seoul").Sign(certificate with { HostCity = "seoul" });

        var result = _verifier.Verify(bySeoul with { Certificate = certificate });

        Assert.False(result.Valid);
        Assert.Contains("only the host city", result.Reason);
        Assert.Throws<ArgumentException>(() => new CertificateSigner(_cities.SeoulKey, "seoul").Sign(certificate));
    }

    [Fact]
    public void A_certificate_signed_by_a_city_outside_the_federation_fails_verification()
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var signed = new CertificateSigner(key, "atlantis").Sign(TestCities.Certificate() with { HostCity = "atlantis" });

        var result = _verifier.Verify(signed);

        Assert.False(result.Valid);
        Assert.Contains("not a member", result.Reason);
    }

    [Fact]
    public void A_certificate_from_a_member_without_a_key_in_the_member_list_fails_verification()
    {
        var members = _cities.Members with
        {
            Cities = [.. _cities.Members.Cities.Select(c => c.Id == "taipei" ? c with { PublicKey = null } : c)],
        };

        var result = new CertificateVerifier(members).Verify(SignedByTaipei());

        Assert.False(result.Valid);
        Assert.Contains("no signing key", result.Reason);
    }

    [Fact]
    public void A_certificate_with_a_fingerprint_other_than_the_signers_key_fails_verification()
    {
        var signed = SignedByTaipei();

        var result = _verifier.Verify(signed with { KeyFingerprint = KeyFingerprint.Of(_cities.NewTaipeiKey) });

        Assert.False(result.Valid);
        Assert.Contains("fingerprint", result.Reason);
    }

    [Theory]
    [InlineData("""{"signerCity":"taipei"}""")]
    [InlineData("""{"certificate":{"hostCity":"taipei","kpis":[null]},"signerCity":"taipei","keyFingerprint":null,"signature":"AAAA"}""")]
    [InlineData("""{"certificate":{"hostCity":"taipei"},"signerCity":"taipei","keyFingerprint":"FP","signature":"not base64!"}""")]
    public void An_incomplete_upload_is_reported_invalid_rather_than_failing(string json)
    {
        var uploaded = JsonSerializer.Deserialize<SignedCertificate>(json, Web);

        var result = _verifier.Verify(uploaded);

        Assert.False(result.Valid);
        Assert.NotNull(result.Reason);
    }
}
