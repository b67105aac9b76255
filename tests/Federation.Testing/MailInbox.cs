using System.Net.Http.Json;
using Federation.Topology;

namespace Federation.Testing;

/// <summary>A mail as smtp4dev received it: addresses, subject and the plain-text body.</summary>
public sealed record ReceivedMail(string Id, string From, IReadOnlyList<string> To, string Subject, string TextBody);

/// <summary>
/// A private smtp4dev for one test, on free 127.0.0.1 ports, with its inbox in memory: configure a service
/// with <see cref="Settings"/> and read what it sent through smtp4dev's HTTP API.
/// </summary>
public sealed class MailInbox : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);
    private readonly Smtp4devServer _server;
    private readonly HttpClient _api;

    private MailInbox(Smtp4devServer server)
    {
        _server = server;
        _api = new HttpClient { BaseAddress = server.InboxUri, Timeout = TimeSpan.FromSeconds(5) };
    }

    public string Host => Smtp4devServer.Host;
    public int SmtpPort => _server.SmtpPort;
    public Uri WebUri => _server.InboxUri;

    /// <summary>Starts smtp4dev on <paramref name="smtpPort"/> (a free one if null): a port a service was already given.</summary>
    public static async Task<MailInbox> StartAsync(int? smtpPort = null)
    {
        var data = Path.Combine(Path.GetTempPath(), $"federation-mail-{Guid.NewGuid():N}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var server = await Smtp4devServer.StartAsync(
            new Smtp4devOptions(Repository.Root, data, smtpPort ?? FreePorts.Next(), FreePorts.Next()), timeout.Token);
        return new MailInbox(server);
    }

    /// <summary>The <c>Mail:*</c> settings that send a service's mail here.</summary>
    public Dictionary<string, string?> Settings(string fromAddress = "no-reply@taipei.federation.test") =>
        SettingsFor(Host, SmtpPort, fromAddress);

    /// <summary>The same for a server not started yet (or never): mail queued for it waits.</summary>
    public static Dictionary<string, string?> SettingsFor(string host, int smtpPort, string fromAddress = "no-reply@taipei.federation.test") => new()
    {
        ["Mail:Host"] = host,
        ["Mail:Port"] = smtpPort.ToString(),
        ["Mail:FromAddress"] = fromAddress,
        ["Mail:FromName"] = "Inter-City Federation (test)",
    };

    /// <summary>Every mail received so far, newest first, with its plain-text body.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> ReceivedAsync(string? to = null)
    {
        var page = await _api.GetFromJsonAsync<SummaryPage>("api/messages?pageSize=1000") ?? new SummaryPage([]);
        var mails = new List<ReceivedMail>();
        foreach (var summary in page.Results.Where(s => to is null || s.To.Contains(to, StringComparer.OrdinalIgnoreCase)))
            mails.Add(new(summary.Id, summary.From, summary.To, summary.Subject,
                await _api.GetStringAsync($"api/messages/{summary.Id}/plaintext")));
        return mails;
    }

    /// <summary>Waits for a mail to <paramref name="to"/> (that <paramref name="match"/> accepts) and returns it.</summary>
    public async Task<ReceivedMail> WaitForMailAsync(string to, Func<ReceivedMail, bool>? match = null, TimeSpan? timeout = null)
    {
        var mails = await Eventually.Value(() => ReceivedAsync(to), found => found.Any(match ?? (_ => true)),
            timeout ?? DefaultWait, $"a mail to {to} in smtp4dev at {WebUri}");
        return mails.First(match ?? (_ => true));
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _server.DisposeAsync();
        try { Directory.Delete(_server.Options.DataDirectory, recursive: true); }
        catch (IOException) { } // a file smtp4dev still held: the temp folder is cleaned by the system
    }

    // smtp4dev is a local tool of the repository: run from its root, where .config/dotnet-tools.json pins it.
    private sealed record SummaryPage(IReadOnlyList<Summary> Results);

    private sealed record Summary(string Id, string From, IReadOnlyList<string> To, string Subject);
}
