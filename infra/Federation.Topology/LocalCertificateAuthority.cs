using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Federation.Members;

namespace Federation.Topology;

/// <summary>
/// The local federation's own CA (the launcher's and the tests'): created on first run in a data folder,
/// it issues each city's broker certificate there, as the node keys are generated. Production brokers take
/// certificates from files instead (<see cref="BrokerTls"/>).
/// </summary>
/// <remarks>RSA 2048 and PKCS#1 key files: what every Erlang/OTP release reads without question.</remarks>
public sealed class LocalCertificateAuthority(string folder)
{
    private static readonly TimeSpan CaLifetime = TimeSpan.FromDays(3650), BrokerLifetime = TimeSpan.FromDays(825);

    public string CaFile => Path.Combine(folder, "federation-ca.pem");
    private string CaKeyFile => Path.Combine(folder, "federation-ca-key.pem");

    /// <summary>
    /// The city's broker certificate and key in <paramref name="cityFolder"/>, issued on first use with the
    /// city id, <see cref="BrokerTls.PeerName"/> and the broker's host as subject alternative names.
    /// </summary>
    public BrokerTls IssueOrLoad(Member member, string cityFolder)
    {
        var tls = new BrokerTls(CaFile, Path.Combine(cityFolder, "broker-certificate.pem"), Path.Combine(cityFolder, "broker-key.pem"));
        if (!File.Exists(tls.CertificateFile))
        {
            using var ca = LoadOrCreateCa();
            Issue(ca, member, tls.CertificateFile, tls.KeyFile);
        }
        return tls;
    }

    /// <summary>A broker certificate signed by <paramref name="issuer"/> (which holds its private key).</summary>
    public static void Issue(X509Certificate2 issuer, Member member, string certificateFile, string keyFile)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={member.Id}, O=Inter-City Federation", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        // The broker is a server to the links that come in and a client on the links it opens.
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        request.CertificateExtensions.Add(Names(member));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.Create(issuer, now.AddMinutes(-5), Min(now + BrokerLifetime, issuer.NotAfter),
            RandomNumberGenerator.GetBytes(16));
        SecretFile.WriteNew(keyFile, key.ExportRSAPrivateKeyPem());
        WriteNew(certificateFile, certificate.ExportCertificatePem());
    }

    /// <summary>A new self-signed CA with its key, for the local federation (and for a test's impostor).</summary>
    public static X509Certificate2 CreateCa(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=Inter-City Federation", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now + CaLifetime);
    }

    private X509Certificate2 LoadOrCreateCa()
    {
        if (!File.Exists(CaFile))
        {
            using var ca = CreateCa("Inter-City Federation local CA");
            // Key first: a CA certificate without its key could issue nothing.
            SecretFile.WriteNew(CaKeyFile, ca.GetRSAPrivateKey()!.ExportRSAPrivateKeyPem());
            WriteNew(CaFile, ca.ExportCertificatePem());
        }
        try { return X509Certificate2.CreateFromPemFile(CaFile, CaKeyFile); }
        catch (CryptographicException e)
        {
            throw new InvalidDataException($"{CaFile} with {CaKeyFile}: not the local CA and its key ({e.Message}); " +
                                           $"delete both and every broker-certificate.pem to start a new CA", e);
        }
    }

    private static X509Extension Names(Member member)
    {
        var names = new SubjectAlternativeNameBuilder();
        foreach (var name in new[] { member.Id, BrokerTls.PeerName(member), member.Broker.Host }.Distinct())
            if (IPAddress.TryParse(name, out var ip)) names.AddIpAddress(ip);
            else names.AddDnsName(name);
        return names.Build();
    }

    // Certificates are public, but written once like the keys: a second writer keeps the first's.
    private static void WriteNew(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            using var writer = new StreamWriter(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write });
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path)) { }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
