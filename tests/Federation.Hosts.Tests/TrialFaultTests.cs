using System.Diagnostics;
using System.Net.Http.Json;
using Federation.Contracts;
using Federation.Contracts.Trials;
using Xunit.Abstractions;

namespace Federation.Hosts.Tests;

/// <summary>
/// The fault suite on trials messages: seoul's agency endorses applications of a seoul startup for trials in taipei
/// (each a message to taipei only, answered by one back) while taipei's trials service or broker is killed with
/// SIGKILL and started again. Taipei must hold every application exactly once, in screening, and seoul's copy of each
/// must have learnt its screening deadline from taipei's answer; no error or skipped queue may hold anything.
/// </summary>
[Collection(nameof(HostsFederation))]
public sealed class TrialFaultTests(HostsFederation federation, ITestOutputHelper output)
{
    private const string Home = "seoul";
    private const string Host = "taipei";
    private const int Applications = 100;
    private const int FaultAfter = 30;
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Faults => ["the host city's trials service killed", "the host city's broker killed"];

    [Theory, MemberData(nameof(Faults))]
    public async Task Both_copies_of_every_endorsed_application_agree_after(string fault)
    {
        using var startup = await federation.SignedInAsync(Home, "trials", $"startup@{Home}");
        using var agency = await federation.SignedInAsync(Home, "trials", $"agency@{Home}");
        using var lister = await federation.SignedInAsync(Home, "catalog", $"startup@{Home}");
        var solution = await Listings.ListSolutionAsync(lister, Home, $"t{Guid.NewGuid():N}"[..12]);

        var run = Stopwatch.StartNew();
        var endorsed = 0;
        var sending = Task.Run(async () =>
        {
            for (var i = 0; i < Applications; i++)
            {
                var draft = (await (await startup.PostAsJsonAsync("/api/trials", Application(solution.Id))).AssertSuccessAsync())
                    .Content.ReadFromJsonAsync<TrialResponse>();
                var id = (await draft)!.Id;
                await (await startup.PostAsJsonAsync($"/api/trials/{id}/submit", new { })).AssertSuccessAsync();
                await (await agency.PostAsJsonAsync($"/api/trials/{id}/endorse", new EndorseRequest("Cross-verification"))).AssertSuccessAsync();
                Interlocked.Increment(ref endorsed);
            }
        });
        while (Volatile.Read(ref endorsed) < FaultAfter && !sending.IsCompleted) await Task.Delay(20);
        var faultStarted = run.Elapsed;
        if (fault.Contains("broker", StringComparison.Ordinal))
        {
            await federation.Broker(Host).KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await federation.Broker(Host).StartAsync(CancellationToken.None);
        }
        else
        {
            var trials = federation.Service(Host, "trials");
            await trials.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            trials.Start();
            await federation.WaitHealthyAsync(trials);
        }
        var healedAt = run.Elapsed;
        // Waited for at the end, so that the next test starts on whole links; the figures still count from the heal.
        var linksBack = federation.WaitForLinksAsync();
        await sending;
        var sentAt = run.Elapsed;

        using var home = await federation.SignedInAsync(Home, "trials", $"agency@{Home}");
        using var host = await federation.SignedInAsync(Host, "trials", $"agency@{Host}");
        var seen = await Eventually.Value(async () => (Home: await CopiesAsync(home, solution.Id), Host: await CopiesAsync(host, solution.Id)),
            c => c.Home.Count == Applications && c.Host.Count == Applications && Differing(c.Home, c.Host) == 0,
            Converge, "taipei to screen every application and seoul to learn each deadline").ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : default);
        seen.Home ??= await CopiesAsync(home, solution.Id);
        seen.Host ??= await CopiesAsync(host, solution.Id);
        var convergedAt = run.Elapsed;
        await linksBack;
        var differing = Differing(seen.Home, seen.Host);

        output.WriteLine($"{fault}: {Applications} applications endorsed in {Home} for {Host}; fault from {faultStarted.TotalSeconds:0.0} s to " +
                         $"{healedAt.TotalSeconds:0.0} s, last endorsement at {sentAt.TotalSeconds:0.0} s, both copies agreeing at " +
                         $"{convergedAt.TotalSeconds:0.0} s ({(convergedAt - healedAt).TotalSeconds:0.0} s after the heal); {Host} holds " +
                         $"{seen.Host.Count}, {Home} {seen.Home.Count}, differing {differing}; {Host}'s statuses {string.Join(", ", seen.Host.Values.CountBy(t => t.Status))}");
        Assert.Equal(Applications, seen.Home.Count);
        Assert.Equal(Applications, seen.Host.Count);
        Assert.Equal(0, differing);
        Assert.Empty(await federation.DeadEndsAsync());
    }

    /// <summary>Applications the host does not hold in screening, or whose home copy has not its deadline.</summary>
    private static int Differing(Dictionary<Guid, (string Status, DateTimeOffset? Deadline)> home,
        Dictionary<Guid, (string Status, DateTimeOffset? Deadline)> host) =>
        home.Count(t => !host.TryGetValue(t.Key, out var h) || h.Status != "screening" || h.Deadline is null || t.Value.Deadline != h.Deadline);

    /// <summary>Every trial of the run's listing this city holds, by id, with its status and screening deadline.</summary>
    private static async Task<Dictionary<Guid, (string Status, DateTimeOffset? Deadline)>> CopiesAsync(HttpClient agency, Guid solutionId) =>
        (await Pages.AllAsync<TrialSummary>(agency, "/api/trials")).Where(t => t.SolutionId == solutionId)
            .ToDictionary(t => t.Id, t => (t.Status, t.ScreeningDeadline));

    private static ApplyForTrialRequest Application(Guid solutionId) => new(Host, solutionId, null, "Shorter waits at bus stops",
        "Beitou bus line 216", [new KpiRequest("Average waiting time", "min", 12m, 8m, null)], 6, 50m);
}
