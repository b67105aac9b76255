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
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            Seen.Add(tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString() ?? "")));
        _listener.Start();
    }

    public ConcurrentBag<IReadOnlyDictionary<string, string>> Seen { get; } = [];

    public void Dispose() => _listener.Dispose();
}
