namespace Federation.ServiceDefaults.Outbox;

/// <summary>
/// A message waiting to leave this service, written in the same transaction as the change it
/// reports; only <see cref="OutboxRelay{TDbContext}"/> takes it to the broker.
/// </summary>
public sealed class OutboxMessage : IQueuedRow
{
    public long Sequence { get; private set; }
    public Guid MessageId { get; private set; }
    public string MessageType { get; private set; } = "";
    public string Payload { get; private set; } = "";

    /// <summary>Null for a broadcast; otherwise the one city the message is for.</summary>
    public string? TargetCity { get; private set; }

    /// <summary>The W3C traceparent of the change, so the trace continues through the relay.</summary>
    public string? TraceParent { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public static OutboxMessage For(object message, string? targetCity, string? traceParent) => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = MessageTypes.NameOf(message.GetType()),
        Payload = MessageTypes.Serialize(message),
        TargetCity = targetCity,
        TraceParent = traceParent,
    };

    void IQueuedRow.StampCreated(DateTimeOffset at) => CreatedAt = at;

    public void MarkSent(DateTimeOffset at) => SentAt = at;

    public void MarkFailed(string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
    }
}

/// <summary>A message this service has consumed: the record that makes redelivery harmless.</summary>
public sealed class ProcessedMessage
{
    public Guid MessageId { get; init; }
    public string MessageType { get; init; } = "";
    public DateTimeOffset ProcessedAt { get; init; }
}
