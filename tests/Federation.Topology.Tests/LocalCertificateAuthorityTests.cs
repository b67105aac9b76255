using System.Security.Cryptography.X509Certificates;
using Federation.Members;

namespace Federation.Topology.Tests;

/// <summary>The local federation's CA and the broker certificates it issues in the data folder.</summary>
public sealed class LocalCertificateAuthorityTests : TestsWith<TempFolder>
{
    private static readonly Member Taipei = Cities.City("taipei", 1) with { Broker = new BrokerAddress("127.0.0.1", 5701, 15701, 25701) };
    private static readonly Member Seoul = Cities.City("seoul", 2); // seoul.broker.example

    private LocalCertificateAuthority Ca => new(Scratch.Path);

    [Fact]
    public void A_citys_certificate_is_issued_by_the_federation_ca_for_both_ends_of_a_link()
    {
        var tls = Ca.IssueOrLoad(Taipei, Scratch.File("taipei"));

        using var certificate = X509Certificate2.CreateFromPemFile(tls.CertificateFile, tls.KeyFile);
        Assert.True(BrokerTls.IssuedBy(certificate, Trusted(tls.CaFile), out var why), why);
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>();
        Assert.Equal(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"], usages.Select(o => o.Value!).Order());
        Assert.Contains("CN=taipei", certificate.Subject);
        tls.Validate(Taipei); // and the broker's own start-up check agrees
    }

    [Fact]
    public void The_certificate_names_the_city_and_its_brokers_host_or_address()
    {
        using var taipei = Load(Ca.IssueOrLoad(Taipei, Scratch.File("taipei")));
        using var seoul = Load(Ca.IssueOrLoad(Seoul, Scratch.File("seoul")));

        Assert.True(taipei.MatchesHostname("taipei", false, false));
        Assert.True(taipei.MatchesHostname("127.0.0.1", false, false));
        Assert.True(seoul.MatchesHostname("seoul.broker.example", false, false));
        Assert.False(seoul.MatchesHostname("taipei", false, false));
    }

    [Fact]
    public void Issuing_again_keeps_the_certificate_and_a_new_city_is_issued_by_the_same_ca()
    {
        var first = Ca.IssueOrLoad(Taipei, Scratch.File("taipei"));
        var thumbprint = Load(first).Thumbprint;

        var again = Ca.IssueOrLoad(Taipei, Scratch.File("taipei"));
        var seoul = Ca.IssueOrLoad(Seoul, Scratch.File("seoul"));

        Assert.Equal(thumbprint, Load(again).Thumbprint);
        Assert.True(BrokerTls.IssuedBy(Load(seoul), Trusted(first.CaFile), out var why), why);
    }

    [Fact]
    public void The_private_keys_are_readable_and_writable_by_their_owner_only()
    {
        var tls = Ca.IssueOrLoad(Taipei, Scratch.File("taipei"));

        if (OperatingSystem.IsWindows()) return; // the brokers run on Linux only
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(tls.KeyFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Scratch.File("federation-ca-key.pem")));
    }

    [Fact]
    public void A_certificate_of_another_ca_is_refused_at_start_naming_the_files()
    {
        var tls = Ca.IssueOrLoad(Taipei, Scratch.File("taipei"));
        using (var other = LocalCertificateAuthority.CreateCa("Inter-City Federation local CA"))
            LocalCertificateAuthority.Issue(other, Taipei, Scratch.File("other.pem"), Scratch.File("other-key.pem"));

        var error = Assert.Throws<InvalidDataException>(() =>
            (tls with { CertificateFile = Scratch.File("other.pem"), KeyFile = Scratch.File("other-key.pem") }).Validate(Taipei));

        Assert.Contains($"{Scratch.File("other.pem")} (CN=taipei, O=Inter-City Federation) is not issued by a certificate of {tls.CaFile}", error.Message);
    }

    [Fact]
    public void A_key_that_is_not_the_certificates_is_refused_at_start()
    {
        var taipei = Ca.IssueOrLoad(Taipei, Scratch.File("taipei"));
        var seoul = Ca.IssueOrLoad(Seoul, Scratch.File("seoul"));

        var error = Assert.Throws<InvalidDataException>(() => (taipei with { KeyFile = seoul.KeyFile }).Validate(Taipei));

        Assert.StartsWith($"TLS of taipei's broker: {taipei.CertificateFile} with {seoul.KeyFile}", error.Message);
    }

    [Fact]
    public void A_certificate_that_does_not_name_the_broker_is_refused_at_start()
    {
        var tls = Ca.IssueOrLoad(Seoul, Scratch.File("seoul"));
        var moved = Seoul with { Broker = Seoul.Broker with { Host = "seoul.example.org" } };

        var error = Assert.Throws<InvalidDataException>(() => tls.Validate(moved));

        Assert.Contains("does not name 'seoul.example.org'", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var tls = Ca.IssueOrLoad(Taipei, Scratch.File("taipei")) with { CaFile = Scratch.File("nowhere.pem") };

        var error = Assert.Throws<InvalidDataException>(() => tls.Validate(Taipei));

        Assert.Equal($"TLS of taipei's broker: the CA file {Scratch.File("nowhere.pem")} does not exist", error.Message);
    }

    private static X509Certificate2 Load(BrokerTls tls) => X509Certificate2.CreateFromPemFile(tls.CertificateFile, tls.KeyFile);

    private static X509Certificate2Collection Trusted(string caFile)
    {
        var trusted = new X509Certificate2Collection();
        trusted.ImportFromPemFile(caFile);
        return trusted;
    }
}
