using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Federation.Members;

namespace Federation.Topology;

/// <summary>
/// A broker's TLS identity on its host, as PEM files: the certificates it trusts for its peers (the
/// federation's CA, or several), its own certificate and private key. It presents the same certificate to
/// the links that connect to it and on the links it opens, so one certificate serves both ends.
/// </summary>
/// <remarks>
/// These are node settings, not member-list entries: the paths mean something on one host only, and
/// the key never leaves it. Other cities need only the CA, which they hold in their own trust file.
/// </remarks>
public sealed record BrokerTls(string CaFile, string CertificateFile, string KeyFile)
{
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1"), ClientAuth = new("1.3.6.1.5.5.7.3.2");

    /// <summary>
    /// The name a link checks in its peer's certificate (and sends as server name indication): the broker's host
    /// name; for a host given as an IP address, which SNI cannot carry, the city id, so that the certificate is
    /// still bound to its city.
    /// </summary>
    public static string PeerName(Member member) =>
        IPAddress.TryParse(member.Broker.Host, out _) ? member.Id : member.Broker.Host;

    /// <summary>
    /// What RabbitMQ would only log once a link fails, said at start: a missing or unreadable file, a key that
    /// is not the certificate's, a certificate out of date, not issued by the trusted CA, not naming
    /// <see cref="PeerName"/>, or not usable for both ends of a TLS connection.
    /// </summary>
    public void Validate(Member member)
    {
        void Fail(string problem) => throw new InvalidDataException($"TLS of {member.Id}'s broker: {problem}");
        foreach (var (file, what) in new[] { (CaFile, "CA file"), (CertificateFile, "certificate file"), (KeyFile, "key file") })
            if (!File.Exists(file)) Fail($"the {what} {file} does not exist");

        var trusted = new X509Certificate2Collection();
        try { trusted.ImportFromPemFile(CaFile); }
        catch (CryptographicException e) { Fail($"{CaFile} is not a PEM certificate file ({e.Message})"); }
        if (trusted.Count == 0) Fail($"{CaFile} holds no certificate");

        X509Certificate2 certificate = null!;
        try { certificate = X509Certificate2.CreateFromPemFile(CertificateFile, KeyFile); }
        catch (CryptographicException e) { Fail($"{CertificateFile} with {KeyFile}: not a PEM certificate and its private key ({e.Message})"); }
        using (certificate)
        {
            var now = DateTime.Now;
            if (now < certificate.NotBefore || now > certificate.NotAfter)
                Fail($"{CertificateFile} is valid from {certificate.NotBefore:u} to {certificate.NotAfter:u} only");
            if (!IssuedBy(certificate, trusted, out var why))
                Fail($"{CertificateFile} ({certificate.Subject}) is not issued by a certificate of {CaFile}: {why}");
            var name = PeerName(member);
            if (!certificate.MatchesHostname(name, allowWildcards: true, allowCommonName: false))
                Fail($"{CertificateFile} does not name '{name}' among its subject alternative names, which the other cities' links check");
            if (certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault() is { } usage &&
                !(Has(usage, ServerAuth) && Has(usage, ClientAuth)))
                Fail($"{CertificateFile} must allow both TLS server and client authentication (extended key usage)");
        }
    }

    /// <summary>True when <paramref name="certificate"/> chains to one of <paramref name="trusted"/>.</summary>
    public static bool IssuedBy(X509Certificate2 certificate, X509Certificate2Collection trusted, out string why)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck; // a private CA publishes no revocation list
        var ok = chain.Build(certificate);
        why = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Distinct());
        return ok;
    }

    private static bool Has(X509EnhancedKeyUsageExtension usage, Oid purpose) =>
        usage.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value == purpose.Value);
}
