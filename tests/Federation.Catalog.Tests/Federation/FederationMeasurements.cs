using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Federation.Catalog.Tests.Federation;

/// <summary>What the cities of this process counted on one instrument of <see cref="FederationMetrics.MeterName"/>, with its tags.</summary>
internal sealed class FederationMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();

    public FederationMeasurements(string instrumentName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == instrumentName && instrument.Meter.Name == FederationMetrics.MeterName)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            Values.Add((tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString() ?? ""), value)));
        _listener.Start();
    }

    public IEnumerable<IReadOnlyDictionary<string, string>> Seen => Values.Select(v => v.Tags);

    /// <summary>Each measurement's value with its tags (a counter's increment, a histogram's recorded value).</summary>
    public ConcurrentBag<(IReadOnlyDictionary<string, string> Tags, long Value)> Values { get; } = [];

    public void Dispose() => _listener.Dispose();
}
