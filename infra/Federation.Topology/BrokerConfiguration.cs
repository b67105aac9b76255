namespace Federation.Topology;

/// <summary>
/// A city broker's configuration files, the same wherever the broker runs (a private node of the
/// launcher, a test container): what differs is only where it listens and where its definitions lie.
/// </summary>
public static class BrokerConfiguration
{
    /// <summary>The federation and its status page (/api/federation-links), and the management API.</summary>
    public const string EnabledPlugins = "[rabbitmq_federation,rabbitmq_federation_management,rabbitmq_management].\n";

    /// <param name="amqpListener">"127.0.0.1:5701", or a bare port to listen on every interface (inside a container).</param>
    /// <param name="amqpsListener">The same for AMQP over TLS, where the other cities' links connect.</param>
    /// <param name="tls">The broker's TLS files, at the paths the broker reads them.</param>
    /// <param name="managementIp">The management listener's address; null: every interface.</param>
    /// <param name="definitionsFile">The <see cref="BrokerDefinitions"/> file, loaded at every boot.</param>
    /// <param name="logToConsole">A container logs to its console (its start is seen there); a private node to files.</param>
    public static string RabbitMqConf(string amqpListener, string amqpsListener, BrokerTls tls, string? managementIp, int managementPort,
        string definitionsFile, bool logToConsole) =>
        string.Join('\n', new[]
        {
            $"listeners.tcp.default = {amqpListener}",
            $"listeners.ssl.default = {amqpsListener}",
            $"ssl_options.cacertfile = {tls.CaFile}",
            $"ssl_options.certfile = {tls.CertificateFile}",
            $"ssl_options.keyfile = {tls.KeyFile}",
            // Mutual TLS: a link that presents no certificate, or one the trusted CA did not issue, is refused
            // during the handshake, before any login.
            "ssl_options.verify = verify_peer",
            "ssl_options.fail_if_no_peer_cert = true",
            managementIp is null ? null : $"management.tcp.ip = {managementIp}",
            $"management.tcp.port = {managementPort}",
            $"load_definitions = {definitionsFile}",
            // Queue counts in the management API refresh at this pace (default 5 s: too slow for tests).
            "collect_statistics_interval = 1000",
            $"log.console = {(logToConsole ? "true" : "false")}",
            logToConsole ? "log.console.level = info" : null,
        }.OfType<string>()) + "\n";
}
