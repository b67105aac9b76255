using Federation.Contracts.Trials;

namespace Federation.Trials.Tests.Features;

/// <summary>Two cities on real brokers and seoul's trials service, shared by the tests of one class.</summary>
public sealed class SeoulTrialsHost : IAsyncLifetime
{
    public FederationHost Host { get; private set; } = null!;
    public TestFederation Federation => Host.Brokers;
    public CityService<Program> Seoul => Host.Service<Program>("seoul");

    public async Task InitializeAsync() =>
        Host = await FederationHost.For("taipei", "seoul").Serve<Program>("trials", onlyIn: "seoul").StartAsync();

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}

/// <summary>Seoul's trials service checks a certificate signed by taipei's node, over HTTP.</summary>
public sealed class CertificateEndpointTests(SeoulTrialsHost host) : IClassFixture<SeoulTrialsHost>
{
    private readonly TestFederation _federation = host.Federation;
    private readonly HttpClient _client = host.Seoul.CreateClient();

    [Fact]
    public async Task Any_node_confirms_a_certificate_signed_by_the_host_city()
    {
        var signed = SignedByTaipei();

        var answer = await VerifyAsync(signed);

        Assert.True(answer.Valid, answer.Reason);
        Assert.Equal(("taipei", signed.KeyFingerprint), (answer.SignerCity, answer.KeyFingerprint));
    }

    [Fact]
    public async Task A_certificate_with_an_altered_verdict_fails_verification()
    {
        var signed = SignedByTaipei();
        var altered = signed with { Certificate = signed.Certificate with { Verdict = "failed" } };

        var answer = await VerifyAsync(altered);

        Assert.False(answer.Valid);
        Assert.NotNull(answer.Reason);
    }

    [Fact]
    public async Task Only_a_genuine_certificate_gets_a_printable_page()
    {
        var signed = SignedByTaipei();

        var page = await _client.PostAsJsonAsync("/api/trials/certificates/page", signed);
        var forged = await _client.PostAsJsonAsync("/api/trials/certificates/page",
            signed with { Certificate = signed.Certificate with { ApplicantOrganisation = "Someone Else Ltd." } });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(("text/html", "utf-8"), (page.Content.Headers.ContentType?.MediaType, page.Content.Headers.ContentType?.CharSet));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(signed.KeyFingerprint, html);
        Assert.Contains("<td>Seoul Lights Co.</td>", html);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_a_certificate_is_a_400_problem()
    {
        var response = await _client.PostAsync("/api/trials/certificates/verify",
            new StringContent("{\"certificate\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private SignedCertificate SignedByTaipei()
    {
        var certificate = new CertificateOfDemonstration(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new Dictionary<string, string> { ["ko"] = "스마트 가로등", ["en"] = "Smart street lamp" }, "seoul", "taipei",
            "Seoul Lights Co.", "Taipei Smart City Office", "Xinyi district", new TrialPeriod(new(2026, 1, 1), new(2026, 6, 30)),
            [new KpiAchieved("Energy saved", "%", 0, 40, 42, true)], "passed", "Saved more than agreed.", DateTimeOffset.UtcNow);
        using var signer = CertificateSigner.ForNode(_federation.SigningKeyFile("taipei"), _federation.Members.Get("taipei"));
        return signer.Sign(certificate);
    }

    private async Task<VerifyCertificateResponse> VerifyAsync(SignedCertificate signed)
    {
        var response = await _client.PostAsJsonAsync("/api/trials/certificates/verify", signed);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<VerifyCertificateResponse>())!;
    }
}
