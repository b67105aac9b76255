using Federation.Launcher;
using Federation.Members;

namespace Federation.Topology.Tests;

/// <summary>The launcher's brokers: TLS files from tye.yaml's settings (production), or from the local CA.</summary>
public sealed class BrokerTlsFilesTests : TestsWith<TempFolder>
{
    private static readonly MemberList Members = MemberList.Load(Repository.MembersFile);

    private CityContext City(string id) =>
        new(Members.Get(id), Scratch.File(id), Repository.MembersFile, BrokerSecrets.LoadOrCreate(Scratch.File("secrets.json"), Members))
        {
            Root = Scratch.Path,
        };

    [Fact]
    public void Without_settings_the_local_ca_issues_the_certificate_into_the_citys_data_folder()
    {
        var tls = BrokerTlsFiles.For(City("seoul"), configured: null, dataRoot: Scratch.Path);

        Assert.Equal(Scratch.File("federation-ca.pem"), tls.CaFile);
        Assert.Equal(Path.Combine(Scratch.File("seoul"), "broker-certificate.pem"), tls.CertificateFile);
        Assert.True(File.Exists(tls.KeyFile));
    }

    [Fact]
    public void Configured_paths_are_filled_per_city_relative_to_the_repository_and_used_as_they_are()
    {
        // Files made elsewhere, as an operator's CA would: here by another local CA, in a folder of their own.
        new LocalCertificateAuthority(Scratch.File("pki")).IssueOrLoad(Members.Get("taipei"), Scratch.File(Path.Combine("pki", "taipei")));
        var configured = new TyeTls { Ca = "pki/federation-ca.pem", Certificate = "pki/{city}/broker-certificate.pem", Key = "pki/{city}/broker-key.pem" };

        var tls = BrokerTlsFiles.For(City("taipei"), configured, dataRoot: Scratch.File("data"));

        Assert.Equal(Scratch.File(Path.Combine("pki", "taipei", "broker-certificate.pem")), tls.CertificateFile);
        Assert.False(Directory.Exists(Scratch.File("data")), "no local CA is created when the files are configured");
    }

    [Fact]
    public void A_configured_file_that_is_missing_fails_the_start_naming_it()
    {
        var configured = new TyeTls { Ca = "/etc/federation/ca.pem", Certificate = "/etc/federation/{city}.pem", Key = "/etc/federation/{city}-key.pem" };

        var error = Assert.Throws<InvalidDataException>(() => BrokerTlsFiles.For(City("seoul"), configured, Scratch.Path));

        Assert.Equal("TLS of seoul's broker: the CA file /etc/federation/ca.pem does not exist", error.Message);
    }

    [Fact]
    public void The_tye_files_tls_settings_are_read()
    {
        File.WriteAllText(Scratch.File("tye.yaml"), """
            services:
              - name: broker
                kind: rabbitmq
                tls: { ca: /pki/ca.pem, certificate: "/pki/{city}.pem", key: "/pki/{city}-key.pem" }
            """);

        var tls = TyeFile.Load(Scratch.File("tye.yaml")).Services.Single().Tls;

        Assert.Equal(("/pki/ca.pem", "/pki/{city}.pem", "/pki/{city}-key.pem"), (tls?.Ca, tls?.Certificate, tls?.Key));
    }
}
