using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Federation.Contracts;
using Federation.Contracts.Catalog;

namespace Federation.Hosts.Tests;

/// <summary>
/// A stream of listings sent to one city's catalogue by a client that does what a careful client does when the
/// catalogue crashes under it: it tries again until the catalogue answers, and before sending a listing again
/// it looks whether the first try was kept. Every tenth listing is changed once (version 2) and every
/// twenty-fifth withdrawn, so that what the other cities must end with has versions and tombstones in it.
/// </summary>
public sealed class ListingLoad(HttpClient sender, string city, string tag)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);
    private readonly ConcurrentDictionary<int, Guid> _created = [];
    private int _next = -1;
    private int _done;
    private int _retries;

    /// <summary>Listings whose creation the sender has acknowledged.</summary>
    public int Created => _created.Count;

    /// <summary>Requests sent again because the catalogue did not answer.</summary>
    public int Retries => _retries;

    /// <summary>Sends <paramref name="count"/> listings from <paramref name="workers"/> clients at once.</summary>
    public async Task SendAsync(int count, int workers)
    {
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref _next); i < count; i = Interlocked.Increment(ref _next))
            {
                var id = await CreateAsync(i);
                if (i % 10 == 0) await ChangeAsync(i, id);
                if (i % 25 == 0) await WithdrawAsync(i, id);
                Interlocked.Increment(ref _done);
            }
        }));
    }

    /// <summary>Waits until <paramref name="count"/> listings are done (for starting a fault part-way).</summary>
    public async Task WhenDoneAsync(int count)
    {
        while (Volatile.Read(ref _done) < count) await Task.Delay(20);
    }

    public static string Title(string tag, int i) => $"{tag} {i:D4}";

    public static string ChangedTitle(string tag, int i) => $"{tag} {i:D4} changed";

    private async Task<Guid> CreateAsync(int i)
    {
        var title = Title(tag, i);
        var created = await UntilAnsweredAsync<Guid?>(async () =>
        {
            using var response = await Listings.ListAsync(sender, city, null, title);
            return response.StatusCode == HttpStatusCode.Created ? (await response.Content.ReadFromJsonAsync<SolutionResponse>())!.Id : await RefusedAsync<Guid?>(response, title);
        }, kept: async () => (await FindAsync(title))?.Id);
        _created[i] = created!.Value;
        return created.Value;
    }

    private Task ChangeAsync(int i, Guid id) => UntilAnsweredAsync<bool?>(async () =>
    {
        var listing = (await sender.GetFromJsonAsync<SolutionResponse>($"/api/solutions/{id}"))!;
        if (listing.Version > 1) return true; // a try whose answer was lost changed it already
        using var response = await sender.PutAsJsonAsync($"/api/solutions/{id}", new UpdateSolutionRequest(
            new Dictionary<string, string> { ["en"] = ChangedTitle(tag, i) }, listing.Summary, listing.Domain, listing.Provider,
            listing.Maturity, listing.Trl, listing.Tags, listing.Contact, listing.Version));
        return response.IsSuccessStatusCode ? true : await RefusedAsync<bool?>(response, ChangedTitle(tag, i));
    }, kept: () => Task.FromResult<bool?>(null));

    private Task WithdrawAsync(int i, Guid id) => UntilAnsweredAsync<bool?>(async () =>
    {
        using var response = await sender.DeleteAsync($"/api/solutions/{id}");
        // Not found: a try whose answer was lost withdrew it already.
        return response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound ? true : await RefusedAsync<bool?>(response, Title(tag, i));
    }, kept: () => Task.FromResult<bool?>(null));

    /// <summary>The sender's own listing of that exact title, if it has one.</summary>
    private async Task<SolutionResponse?> FindAsync(string title)
    {
        var page = await sender.GetFromJsonAsync<ResultPage<SolutionResponse>>(
            $"/api/solutions?city={city}&q={Uri.EscapeDataString(title)}&pageSize=100");
        return page!.Items.SingleOrDefault(s => s.Title.GetValueOrDefault("en") == title);
    }

    // A catalogue that is down or restarting answers nothing, or 5xx from a proxy-less restart: both mean "try again".
    // Before trying again, `kept` says whether the first try was kept after all (its answer lost in the crash).
    private async Task<T> UntilAnsweredAsync<T>(Func<Task<T?>> attempt, Func<Task<T?>> kept)
    {
        var clock = Stopwatch.StartNew();
        for (var tried = false; ; tried = true)
        {
            try
            {
                if (tried && await kept() is { } found) return found;
                if (await attempt() is { } answer) return answer;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (clock.Elapsed > GiveUpAfter) throw new TimeoutException($"{city}'s catalogue did not answer for {GiveUpAfter.TotalSeconds:0} s");
            Interlocked.Increment(ref _retries);
            await Task.Delay(200);
        }
    }

    // 5xx: try again (null); anything else the catalogue refuses is a fault of the test or the service, never retried.
    private static async Task<T?> RefusedAsync<T>(HttpResponseMessage response, string title) =>
        (int)response.StatusCode >= 500
            ? default
            : throw new InvalidOperationException($"'{title}' was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
