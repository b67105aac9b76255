using System.Diagnostics.Metrics;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>Meter <c>Federation.Messaging</c>: what this node refused from other cities.</summary>
public sealed class FederationMetrics
{
    public const string MeterName = "Federation.Messaging";
    private readonly Counter<long> _rejected;

    public FederationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _rejected = meter.CreateCounter<long>("federation.messages.rejected", "{message}",
            "Messages from other cities that were not applied, by reason and claimed origin");
    }

    public void Rejected(string reason, string origin) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("origin", origin));
}
