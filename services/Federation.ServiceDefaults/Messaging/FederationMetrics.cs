using System.Diagnostics.Metrics;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>Meter <c>Federation.Messaging</c>: what this node refused from other cities, and what it did not need to apply.</summary>
public sealed class FederationMetrics
{
    public const string MeterName = "Federation.Messaging";
    public const string DuplicatesName = "federation.messages.duplicates";
    public const string OwnName = "federation.messages.own";
    public const string MissedName = "federation.messages.missed";
    public const string CatchUpName = "federation.catchup.requested";
    public const string GroupedName = "federation.messages.grouped";
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _own;
    private readonly Counter<long> _missed;
    private readonly Counter<long> _catchUp;
    private readonly Histogram<long> _grouped;

    public FederationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _rejected = meter.CreateCounter<long>("federation.messages.rejected", "{message}",
            "Messages from other cities that were not applied, by reason and claimed origin");
        _duplicates = meter.CreateCounter<long>(DuplicatesName, "{message}",
            "Signed messages delivered again after they were applied (at-least-once redeliveries), acknowledged, by type and origin");
        _own = meter.CreateCounter<long>(OwnName, "{message}",
            "This city's own broadcasts come back from its broker, acknowledged without applying: the record is already here");
        _missed = meter.CreateCounter<long>(MissedName, "{message}",
            "Authentic messages that arrived older than the maximum age (this city was away too long), by type, origin and whether a resync brings them back");
        _catchUp = meter.CreateCounter<long>(CatchUpName, "{request}",
            "Resync requests this node sent by itself after missing messages, by the city asked");
        _grouped = meter.CreateHistogram<long>(GroupedName, "{message}",
            "Messages applied together in one transaction by a grouped consumer (see GroupCommit), by city");
    }

    public void Duplicate(string messageType, string origin) =>
        _duplicates.Add(1, new KeyValuePair<string, object?>("type", messageType), new KeyValuePair<string, object?>("origin", origin));

    public void Missed(string messageType, string origin, bool recoverable) =>
        _missed.Add(1, new KeyValuePair<string, object?>("type", messageType), new KeyValuePair<string, object?>("origin", origin),
            new KeyValuePair<string, object?>("recoverable", recoverable));

    public void CatchUpRequested(string city) => _catchUp.Add(1, new KeyValuePair<string, object?>("city", city));

    public void Grouped(int messages, string city) => _grouped.Record(messages, new KeyValuePair<string, object?>("city", city));

    public void Own(string messageType) => _own.Add(1, new KeyValuePair<string, object?>("type", messageType));

    public void Rejected(string reason, string origin) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("origin", origin));
}
