using System.Diagnostics;
using Xunit.Abstractions;

namespace Federation.Hosts.Tests;

/// <summary>
/// The fault suite: 1,000 listings sent to taipei while, in turn, a process of the federation is killed with
/// SIGKILL and started again, or a link is cut and healed. Every other city must end with exactly taipei's
/// listings (none lost, none twice, each at its version, every withdrawal applied), and no error queue may
/// hold anything: nothing here is forged, so a redelivery after a crash is a duplicate, never an error.
/// </summary>
[Collection(nameof(HostsFederation))]
public sealed class FaultSuiteTests(HostsFederation federation, ITestOutputHelper output)
{
    private const string Sender = "taipei";
    private const string Receiver = "seoul";
    private const int Listings = 1000;
    private const int FaultAfter = 300;
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LinkCut = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Faults => ["the sending catalog killed", "a receiving catalog killed", "the sending broker killed",
        "a receiving broker killed", "a federation link cut"];

    [Theory, MemberData(nameof(Faults))]
    public async Task Every_city_ends_with_exactly_the_senders_listings_after(string fault)
    {
        using var sender = await federation.SignedInAsync(Sender, "catalog", $"agency@{Sender}");
        var tag = $"f{Guid.NewGuid():N}"[..12];
        var load = new ListingLoad(sender, Sender, tag);
        var run = Stopwatch.StartNew();
        var sending = load.SendAsync(Listings, workers: 4);
        await Task.WhenAny(load.WhenDoneAsync(FaultAfter), sending);
        var faultStarted = run.Elapsed;
        await InjectAsync(fault);
        var healedAt = run.Elapsed;
        // Waited for at the end, so that the next test starts on whole links; the figures still count from the heal.
        var linksBack = federation.WaitForLinksAsync();
        await sending;
        var sentAt = run.Elapsed;

        using var owner = federation.Client(Sender, "catalog");
        var truth = await CatalogueView.ReadAsync(owner, Sender, Sender, tag);
        var differences = new Dictionary<string, Differences> { [Sender] = truth.ComparedTo(truth) };
        foreach (var city in HostsFederation.Cities.Where(c => c != Sender))
        {
            using var catalog = federation.Client(city, "catalog");
            var view = await Eventually.Value(() => CatalogueView.ReadAsync(catalog, city, Sender, tag), v => v.ComparedTo(truth).None,
                Converge, $"{city} to show exactly {Sender}'s {truth.Listings.Count} live listings").ContinueWith(t =>
                t.IsCompletedSuccessfully ? t.Result : null);
            view ??= await CatalogueView.ReadAsync(catalog, city, Sender, tag);
            differences[city] = view.ComparedTo(truth);
        }
        var convergedAt = run.Elapsed;
        await linksBack;
        var errors = await federation.DeadEndsAsync();

        output.WriteLine($"{fault}: {load.Created} listings acknowledged ({truth.Listings.Count} live at the end, {load.Retries} retries); " +
                         $"fault from {faultStarted.TotalSeconds:0.0} s to {healedAt.TotalSeconds:0.0} s, last write answered at " +
                         $"{sentAt.TotalSeconds:0.0} s, every city identical at {convergedAt.TotalSeconds:0.0} s " +
                         $"({(convergedAt - sentAt).TotalSeconds:0.0} s after the last write, {(convergedAt - healedAt).TotalSeconds:0.0} s after the heal)");
        foreach (var (city, d) in differences)
            output.WriteLine($"  {city}: lost {d.Lost}, extra {d.Extra}, duplicated {d.Duplicated}, wrong version {d.WrongVersion}");
        Assert.Equal(Listings, load.Created);
        Assert.All(differences, d => Assert.True(d.Value.None, $"{d.Key}: {d.Value}"));
        Assert.Empty(errors);
    }

    private async Task InjectAsync(string fault)
    {
        switch (fault)
        {
            case "the sending catalog killed": await RestartAsync(federation.Service(Sender, "catalog")); break;
            case "a receiving catalog killed": await RestartAsync(federation.Service(Receiver, "catalog")); break;
            case "the sending broker killed": await RestartAsync(federation.Broker(Sender)); break;
            case "a receiving broker killed": await RestartAsync(federation.Broker(Receiver)); break;
            case "a federation link cut":
                await federation.Network.CutAsync(Receiver, Sender);
                await Task.Delay(LinkCut);
                await federation.Network.HealAsync(Receiver, Sender);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(fault), fault, null);
        }
    }

    private async Task RestartAsync(Launcher.ServiceProcess service)
    {
        await service.KillAsync();
        await Task.Delay(Down);
        service.Start();
        await federation.WaitHealthyAsync(service);
    }

    private async Task RestartAsync(Topology.RabbitMqNode broker)
    {
        await broker.KillAsync();
        await Task.Delay(Down);
        await broker.StartAsync(CancellationToken.None);
    }
}
