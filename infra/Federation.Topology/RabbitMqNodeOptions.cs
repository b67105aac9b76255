using Federation.Members;

namespace Federation.Topology;

/// <summary>What a private RabbitMQ node needs: its member entry, the federation, secrets and a folder.</summary>
/// <param name="DataDirectory">Holds config, mnesia and logs; reused on restart so durable queues survive.</param>
/// <param name="Log">Where start/stop progress is written (null: nowhere).</param>
public sealed record RabbitMqNodeOptions(
    Member Member,
    MemberList Members,
    BrokerSecrets Secrets,
    string DataDirectory,
    TextWriter? Log = null);

/// <summary>One federation link as the management API reports it.</summary>
public sealed record FederationLinkStatus(string Upstream, string Exchange, string Status);

/// <summary>A message read from a queue through the management API.</summary>
public sealed record QueuedMessage(string MessageId, IReadOnlyDictionary<string, string> Headers, string Payload);
