using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Federation.Members;

namespace Federation.Topology;

/// <summary>
/// One city's broker through its management API, as its admin: start-up probing, federation link
/// status, stale links, and queue counts and contents for tests. The same for a private node and a
/// broker in a container.
/// </summary>
public sealed class BrokerManagement : IDisposable
{
    private readonly HttpClient _management;
    private readonly Member _member;
    private readonly MemberList _members;
    private readonly TextWriter? _log;

    /// <param name="uri">Where this process reaches the management API (http://host:port/).</param>
    public BrokerManagement(Uri uri, Member member, MemberList members, BrokerSecrets secrets, TextWriter? log = null)
    {
        Uri = uri;
        _member = member;
        _members = members;
        _log = log;
        AdminUser = BrokerSecrets.AdminUser(member.Id);
        AdminPassword = secrets.AdminPassword(member.Id);
        _management = new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(10) };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AdminUser}:{AdminPassword}"));
        _management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
    }

    public Uri Uri { get; }
    public string AdminUser { get; }
    public string AdminPassword { get; }

    public async Task<IReadOnlyList<FederationLinkStatus>> GetFederationLinksAsync(CancellationToken ct)
    {
        var links = await _management.GetFromJsonAsync<JsonElement[]>("api/federation-links", ct) ?? [];
        return links
            .Select(l => new FederationLinkStatus(Text(l, "upstream"), Text(l, "exchange"), Text(l, "status"), Text(l, "uri"), Text(l, "error")))
            .ToList();
    }

    /// <summary>The broker's client connections: the other cities' links among them, with their TLS certificate.</summary>
    public async Task<IReadOnlyList<BrokerConnection>> GetConnectionsAsync(CancellationToken ct)
    {
        var connections = await _management.GetFromJsonAsync<JsonElement[]>("api/connections", ct) ?? [];
        return connections
            .Select(c => new BrokerConnection(Text(c, "user"), c.TryGetProperty("ssl", out var tls) && tls.ValueKind == JsonValueKind.True,
                Text(c, "peer_cert_subject")))
            .ToList();
    }

    /// <summary>Every queue of the broker with the messages it holds (ready and unacknowledged).</summary>
    public async Task<IReadOnlyDictionary<string, long>> GetQueueDepthsAsync(CancellationToken ct)
    {
        var queues = await _management.GetFromJsonAsync<JsonElement[]>("api/queues/%2F?columns=name,messages", ct) ?? [];
        return queues.ToDictionary(q => Text(q, "name"),
            q => q.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt64() : 0);
    }

    /// <summary>Declares a durable fanout exchange (a contract exchange before any service has): the policy federates it.</summary>
    public async Task DeclareExchangeAsync(string name, CancellationToken ct)
    {
        using var response = await _management.PutAsJsonAsync($"api/exchanges/%2F/{Uri.EscapeDataString(name)}",
            new { type = "fanout", durable = true }, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Waits until every contract exchange on this node has a running link to every other member:
    /// before that, a message published upstream is not forwarded here.
    /// </summary>
    public async Task WaitForFederationLinksAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var missing = new List<string>();
        try
        {
            while (true)
            {
                try
                {
                    missing = await MissingLinksAsync(deadline.Token);
                    if (missing.Count == 0) return;
                }
                catch (HttpRequestException e)
                {
                    // A broker that has just come back answers its management API before the federation plugin
                    // is up (500, or the port refused): not running yet, asked again until the deadline.
                    missing = [$"management API: {e.Message}"];
                }
                await Task.Delay(200, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"{_member.Id}'s broker: federation links not running after {timeout.TotalSeconds:0} s: {string.Join(", ", missing)}");
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> messages at the head of a queue with their headers, put back as they
    /// were (requeued): what an error queue holds and why (MassTransit's MT-Fault-Message header).
    /// </summary>
    public async Task<IReadOnlyList<QueuedMessage>> PeekMessagesAsync(string queue, int count, CancellationToken ct = default)
    {
        using var response = await _management.PostAsJsonAsync($"api/queues/%2F/{Uri.EscapeDataString(queue)}/get",
            new { count, ackmode = "ack_requeue_true", encoding = "auto" }, ct);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return []; // not declared (yet): holds nothing
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<JsonElement[]>(ct) ?? [];
        return messages.Select(m =>
        {
            var properties = m.GetProperty("properties");
            var headers = properties.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object
                ? h.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())
                : [];
            return new QueuedMessage(Text(properties, "message_id"), headers, Text(m, "payload"));
        }).ToList();
    }

    /// <summary>
    /// Deletes federation queues and upstream exchanges of downstreams that are no member city: links of a
    /// city that left, or named before brokers were named after their city. Nobody consumes them, yet they
    /// would keep collecting a copy of every message.
    /// </summary>
    public Task RemoveStaleFederationLinksAsync(CancellationToken ct) =>
        RemoveFederationLinksAsync(name => !_members.Contains(DownstreamOf(name)), "stale", ct);

    /// <summary>
    /// Deletes the federation queues and upstream exchanges other cities' links left here for <paramref name="exchange"/>
    /// (resource-cleanup-mode "never" keeps them): call it once that exchange is deleted everywhere and its links have stopped.
    /// </summary>
    public Task RemoveFederationLinksOfAsync(string exchange, CancellationToken ct) =>
        RemoveFederationLinksAsync(name => name.StartsWith($"federation: {exchange} -> ", StringComparison.Ordinal), "unused", ct);

    private async Task RemoveFederationLinksAsync(Func<string, bool> which, string why, CancellationToken ct)
    {
        foreach (var kind in new[] { "queues", "exchanges" })
        {
            var names = (await _management.GetFromJsonAsync<JsonElement[]>($"api/{kind}/%2F?columns=name", ct) ?? [])
                .Select(e => Text(e, "name"))
                .Where(name => name.StartsWith("federation: ", StringComparison.Ordinal) && which(name));
            foreach (var name in names)
            {
                using var response = await _management.DeleteAsync($"api/{kind}/%2F/{Uri.EscapeDataString(name)}", ct);
                _log?.WriteLine($"[{_member.Id}] removed {why} federation {kind[..^1]} '{name}' ({(int)response.StatusCode})");
            }
        }
    }

    // "federation: X -> seoul" (queue) or "federation: X -> seoul B" (upstream exchange) -> "seoul".
    private static string DownstreamOf(string name)
    {
        var downstream = name[(name.LastIndexOf(" -> ", StringComparison.Ordinal) + 4)..];
        return downstream.Length > 2 && downstream[^2] == ' ' ? downstream[..^2] : downstream;
    }

    private async Task<List<string>> MissingLinksAsync(CancellationToken ct)
    {
        var exchanges = await _management.GetFromJsonAsync<JsonElement[]>("api/exchanges/%2F?columns=name", ct) ?? [];
        var running = (await GetFederationLinksAsync(ct))
            .Where(l => l.Status == "running")
            .Select(l => (l.Exchange, l.Upstream))
            .ToHashSet();
        var upstreams = _members.Cities.Where(c => c.Id != _member.Id).Select(c => c.Id).ToList();
        return exchanges
            .Select(e => Text(e, "name"))
            .Where(name => name.StartsWith(BrokerDefinitions.ContractExchangePrefix, StringComparison.Ordinal))
            .SelectMany(name => upstreams.Where(u => !running.Contains((name, u))).Select(u => $"{name} <- {u}"))
            .ToList();
    }

    /// <summary>True once the management API answers the admin (the node has booted its plugins and definitions).</summary>
    public async Task<bool> AnswersAsync(CancellationToken ct)
    {
        try
        {
            using var response = await _management.GetAsync("api/overview", ct);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException) { return false; }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested) { return false; } // no answer within the timeout
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    public void Dispose() => _management.Dispose();
}
