using System.Diagnostics;
using Xunit.Abstractions;

namespace Federation.Catalog.Tests.Federation;

[Collection(nameof(CatalogFederation))]
public sealed class LinkCutTests(CatalogFederation federation, ITestOutputHelper output)
{
    private static readonly TimeSpan Cut = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Heal = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_link_cut_for_a_minute_delivers_everything_it_held_within_seconds_of_the_heal()
    {
        var taipei = federation.Client("taipei");
        var seoul = federation.Client("seoul");
        var marker = Samples.Marker();
        const int listings = 20;

        var cut = Stopwatch.StartNew();
        await using (await federation.Brokers.Broker("seoul").CutFromAsync(federation.Brokers.Broker("taipei")))
        {
            for (var i = 0; i < listings; i++)
            {
                await Samples.CreateAsync(taipei, Samples.StreetLamp($"{marker} {i}"));
                await Task.Delay(Cut / (2 * listings));
            }
            // New Taipei's link is whole: the listings left taipei, and only seoul's link holds them back.
            await Samples.SearchUntilAsync(federation.Client("new-taipei"), marker, p => p.Total == listings, "new-taipei to see every listing");
            Assert.Equal(0, (await Samples.SearchAsync(seoul, marker)).Total);
            await Task.Delay(Cut - cut.Elapsed);
            Assert.Equal(0, (await Samples.SearchAsync(seoul, marker)).Total);
        }

        var healed = Stopwatch.StartNew();
        await Eventually.Async(async () => (await Samples.SearchAsync(seoul, marker)).Total == listings, Heal,
            $"seoul to receive all {listings} listings within {Heal.TotalSeconds:0} s of the heal");
        output.WriteLine($"Link cut {cut.Elapsed.TotalSeconds - healed.Elapsed.TotalSeconds:0} s: seoul complete {healed.Elapsed.TotalSeconds:0.0} s after the heal");
    }
}
