using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Federation.Testing;

/// <summary>
/// Every destination the test process reaches for while this is alive: HTTP requests (seen as they
/// start, before any name is resolved), name lookups and socket connects (AMQP included), from .NET's
/// own networking diagnostics. Not a mock: whatever library opens the connection, it is seen.
/// </summary>
public sealed class OutboundConnections : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly ConcurrentQueue<Destination> _seen = new();
    private readonly ActivityListener _activities;
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];

    public OutboundConnections()
    {
        _activities = new ActivityListener
        {
            // .NET 9 and 10 name these "Experimental.System.Net.*": match the end, so a rename does not blind the test.
            ShouldListenTo = s => s.Name.EndsWith("System.Net.NameResolution") || s.Name.EndsWith("System.Net.Sockets"),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_activities);
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public IReadOnlyList<Destination> Seen => [.. _seen];

    public void Dispose()
    {
        _activities.Dispose();
        _listeners.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
    }

    private void Record(Activity activity)
    {
        if (activity.GetTagItem("dns.question.name") is string name)
            _seen.Enqueue(new("dns", name, null));
        else if (activity.GetTagItem("network.peer.address") is string address)
            _seen.Enqueue(new("socket", address, activity.GetTagItem("network.peer.port") as int?));
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name != "HttpHandlerDiagnosticListener") return;
        lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, name => name.StartsWith("System.Net.Http.HttpRequestOut")));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key != "System.Net.Http.HttpRequestOut.Start") return;
        if (e.Value?.GetType().GetProperty("Request")?.GetValue(e.Value) is HttpRequestMessage { RequestUri: { } uri })
            _seen.Enqueue(new("http", uri.Host, uri.Port));
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public sealed record Destination(string Kind, string Host, int? Port)
    {
        /// <summary>127.0.0.1 itself (a dual-mode socket shows it as ::ffff:127.0.0.1); a name, even localhost, is not.</summary>
        public bool Is127001 => IPAddress.TryParse(Host, out var ip) && (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).Equals(IPAddress.Loopback);

        public override string ToString() => $"{Kind} {Host}{(Port is null ? "" : $":{Port}")}";
    }
}
