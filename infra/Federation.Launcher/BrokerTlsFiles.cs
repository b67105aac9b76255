using Federation.Topology;

namespace Federation.Launcher;

/// <summary>Where a city's broker takes its TLS files from: tye.yaml's <c>tls:</c> paths (production), else the local CA.</summary>
public static class BrokerTlsFiles
{
    /// <summary>
    /// The broker's files, validated here, before anything starts, so that a wrong path or a foreign
    /// certificate is named instead of showing later as links that never come up.
    /// </summary>
    /// <param name="configured">tye.yaml's paths with the city's {placeholders}; null: the local CA in <paramref name="dataRoot"/>
    /// issues the city's certificate into its data folder on first run.</param>
    public static BrokerTls For(CityContext city, TyeTls? configured, string dataRoot)
    {
        var tls = configured is null
            ? new LocalCertificateAuthority(dataRoot).IssueOrLoad(city.Member, city.DataDirectory)
            : new BrokerTls(Filled(city, configured.Ca, "ca"), Filled(city, configured.Certificate, "certificate"), Filled(city, configured.Key, "key"));
        tls.Validate(city.Member);
        return tls;
    }

    private static string Filled(CityContext city, string template, string name) =>
        string.IsNullOrWhiteSpace(template)
            ? throw new InvalidDataException($"tye.yaml: the broker's `tls:` has no `{name}:` path")
            : Path.GetFullPath(city.Fill(template, 0), city.Root);
}
