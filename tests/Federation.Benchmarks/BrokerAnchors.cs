// The anchors the project's figures are read against (issue 15): what the same two federated brokers
// carry from one city to the other with nothing of the project on the path, once with the raw client
// and once with a bare MassTransit bus.
//
// Both take the path the project's messages take. Each city's broker federates, from every other city,
// every exchange whose name starts with "Federation.Contracts." (BrokerDefinitions' policy); MassTransit
// publishes a contract to the fanout exchange named after its type ("Federation.Contracts.Catalog:Solution…").
// So each anchor publishes at the sending city to a durable fanout exchange under that prefix, and consumes
// at the receiving city from a durable queue bound to the same exchange there: seoul's link carries the
// message from taipei's exchange to seoul's with the same link settings (ack-mode on-confirm, TLS), persistent
// messages and publisher confirms, as the project's. Nothing is declared on a broker that is not removed after.
using System.Diagnostics;
using Federation.Testing;

namespace Federation.Benchmarks;

/// <summary>
/// One path's figures: publish-to-consume latency at a fixed rate, and messages/s consumed with publishes in flight, with
/// this process's CPU per message meanwhile (sender and receiver both run here; the brokers' own is not counted).
/// </summary>
public sealed record Anchor(string Name, Latencies Latency, double PerSecond, double CpuMsPerMessage);

/// <summary>
/// How the anchors load a path: <see cref="Messages"/> at <see cref="Rate"/>/s for latency, then <see cref="Burst"/>
/// messages <see cref="InFlight"/> at a time (confirms awaited per batch) for throughput, each body <see cref="BodyBytes"/>.
/// The consumer takes what the project's consumers take: <see cref="Prefetch"/> messages, handled one at a time.
/// </summary>
public sealed record AnchorLoad(string From = "taipei", string To = "seoul", int Rate = 20, int Messages = 400,
    int Burst = 20_000, int InFlight = 100, int BodyBytes = 1024, ushort Prefetch = 32);

public static partial class BrokerAnchors
{
    public static async Task RunAsync(string[] args)
    {
        var load = new AnchorLoad();
        if (args.Length > 0) load = load with { Messages = int.Parse(args[0]) };
        if (args.Length > 1) load = load with { Burst = int.Parse(args[1]) };
        await using var brokers = await TestFederation.StartAsync(load.From, load.To);
        Print(await RawHopAsync(brokers, load), load);
        Print(await MassTransitAsync(brokers, load), load);
    }

    public static void Print(Anchor anchor, AnchorLoad load) => Console.WriteLine(
        $"{anchor.Name} at {load.Rate}/s: {anchor.Latency}; throughput {anchor.PerSecond:N0} /s ({load.InFlight} in flight), " +
        $"CPU {anchor.CpuMsPerMessage:0.00} ms per message");

    /// <summary>
    /// The same measurements on every path. <paramref name="publish"/> sends one message stamped with the time it is
    /// given (this process's Stopwatch ticks) and completes when the sending broker confirms it; the consumer at the
    /// other city hands the stamp to <paramref name="arrivals"/>.
    /// </summary>
    private static async Task<Anchor> MeasureAsync(string name, AnchorLoad load, Arrivals arrivals, Func<long, Task> publish, CancellationToken ct)
    {
        await WarmUpAsync(arrivals, publish, ct);

        var all = arrivals.Expect(load.Messages);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < load.Messages; i++)
        {
            // On a schedule, not a pause after each: a slow confirm does not lower the rate.
            var wait = TimeSpan.FromSeconds((double)i / load.Rate) - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
            await publish(Stopwatch.GetTimestamp());
        }
        await all.WaitAsync(TimeSpan.FromMinutes(1), ct);
        var latency = Benchmark.Percentiles(arrivals.Latencies);

        var burst = arrivals.Expect(load.Burst);
        var clock = Stopwatch.StartNew();
        var cpu = ProcessCpu.Start();
        for (var sent = 0; sent < load.Burst; sent += load.InFlight)
            await Task.WhenAll(Enumerable.Range(0, Math.Min(load.InFlight, load.Burst - sent)).Select(_ => publish(Stopwatch.GetTimestamp())));
        await burst.WaitAsync(TimeSpan.FromMinutes(5), ct);
        return new Anchor(name, latency, load.Burst / clock.Elapsed.TotalSeconds, cpu.MillisecondsPer(load.Burst));
    }

    // A link forwards only once it runs and has bound its upstream to the sending city's exchange, which it does
    // a moment after the receiving city's exchange gets its binding: until then a message is dropped, not late.
    // So publish until one arrives, and let any straggler land before measuring.
    private static async Task WarmUpAsync(Arrivals arrivals, Func<long, Task> publish, CancellationToken ct)
    {
        var first = arrivals.Expect(1);
        var deadline = Stopwatch.StartNew();
        while (!first.IsCompleted)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("No anchor message crossed the federation within 60 s.");
            await publish(Stopwatch.GetTimestamp());
            await Task.WhenAny(first, Task.Delay(100, ct));
        }
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
    }

    /// <summary>Latencies of the messages consumed since the last <see cref="Expect"/>, and when all expected have come.</summary>
    internal sealed class Arrivals
    {
        private readonly Lock _lock = new();
        private List<double> _latencies = [];
        private int _expected;
        private TaskCompletionSource _all = new();

        /// <summary>Starts a round: forgets earlier arrivals; the task completes when <paramref name="count"/> have come.</summary>
        public Task Expect(int count)
        {
            lock (_lock)
            {
                (_latencies, _expected) = (new List<double>(count), count);
                _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _all.Task;
            }
        }

        public void Add(long sentAt)
        {
            var milliseconds = Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds;
            lock (_lock)
            {
                _latencies.Add(milliseconds);
                if (_latencies.Count >= _expected) _all.TrySetResult();
            }
        }

        public List<double> Latencies
        {
            get { lock (_lock) return _latencies; }
        }
    }

    // Everything an anchor declared, then what federating its exchange left behind: each link's queue and upstream
    // exchange on the other broker, which resource-cleanup-mode "never" keeps. Those go only once the links have
    // stopped (when their exchange is deleted), or a link still running would declare them again.
    private static async Task RemoveAsync(TestFederation brokers, AnchorLoad load, string exchange, string queue,
        string[] receiverExchanges, CancellationToken ct)
    {
        await using (var receiver = await ChannelAsync(brokers, load.To, ct))
        {
            await receiver.Channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false, cancellationToken: ct);
            foreach (var name in receiverExchanges.Append(exchange)) await receiver.Channel.ExchangeDeleteAsync(name, cancellationToken: ct);
        }
        await using (var sender = await ChannelAsync(brokers, load.From, ct))
            await sender.Channel.ExchangeDeleteAsync(exchange, cancellationToken: ct);

        string[] cities = [load.From, load.To];
        await Eventually.Async(async () =>
        {
            foreach (var city in cities)
                if ((await brokers.Broker(city).Management.GetFederationLinksAsync(ct)).Any(l => l.Exchange == exchange)) return false;
            return true;
        }, TimeSpan.FromSeconds(30), $"the links of {exchange} to stop");
        foreach (var city in cities) await brokers.Broker(city).Management.RemoveFederationLinksOfAsync(exchange, ct);
    }
}
