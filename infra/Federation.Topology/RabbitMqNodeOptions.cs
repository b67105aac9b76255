using Federation.Members;

namespace Federation.Topology;

/// <summary>What a private RabbitMQ node needs: its member entry, the federation, secrets, TLS files and a folder.</summary>
/// <param name="Tls">The broker's CA, certificate and key files (validated when the node starts).</param>
/// <param name="DataDirectory">Holds config, mnesia and logs; reused on restart so durable queues survive.</param>
/// <param name="Log">Where start/stop progress is written (null: nowhere).</param>
/// <param name="Placement">Where the node runs (null: this machine's network).</param>
public sealed record RabbitMqNodeOptions(
    Member Member,
    MemberList Members,
    BrokerSecrets Secrets,
    BrokerTls Tls,
    string DataDirectory,
    TextWriter? Log = null,
    ProcessPlacement? Placement = null);

/// <summary>One federation link as the management API reports it.</summary>
/// <param name="Uri">The upstream's URI without its credentials (amqps://host:port for a link over TLS).</param>
/// <param name="Error">Why a link in status "error" failed, as the broker says.</param>
public sealed record FederationLinkStatus(string Upstream, string Exchange, string Status, string Uri = "", string Error = "");

/// <summary>A client connection to a broker, as the management API reports it.</summary>
/// <param name="PeerCertificateSubject">The subject of the certificate the client presented (TLS only).</param>
public sealed record BrokerConnection(string User, bool Tls, string PeerCertificateSubject);

/// <summary>A message read from a queue through the management API.</summary>
public sealed record QueuedMessage(string MessageId, IReadOnlyDictionary<string, string> Headers, string Payload);
