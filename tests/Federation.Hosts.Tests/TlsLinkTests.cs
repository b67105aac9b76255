using Federation.Topology;

namespace Federation.Hosts.Tests;

/// <summary>Cities on hosts of their own federate over TLS, each broker verifying the certificate of the host it reaches.</summary>
[Collection(nameof(HostsFederation))]
public sealed class TlsLinkTests(HostsFederation federation)
{
    [Fact]
    public async Task Every_link_between_hosts_runs_over_amqps_to_the_peers_host_name()
    {
        foreach (var city in HostsFederation.Cities)
        {
            var links = await federation.Broker(city).Management.GetFederationLinksAsync(CancellationToken.None);
            var peers = HostsFederation.Cities.Where(c => c != city).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.Equal("running", l.Status));
            Assert.Equal(peers.Order(), links.Select(l => l.Upstream).Distinct().Order());
            Assert.All(links, l => Assert.StartsWith("amqps://", l.Uri));
            Assert.All(links, l => Assert.Contains(PrivateNetwork.HostName(l.Upstream), l.Uri));
        }
    }

    [Fact]
    public async Task Each_broker_admits_its_peers_links_only_with_their_certificates()
    {
        foreach (var city in HostsFederation.Cities)
        {
            // The management API lists a connection a moment after it opens (a link may just have come back after a fault test).
            var fromPeers = await Eventually.Value(async () => (await federation.Broker(city).Management.GetConnectionsAsync(CancellationToken.None))
                    .Where(c => c.User.StartsWith("federation-", StringComparison.Ordinal)).ToList(),
                c => c.Select(x => x.User).Distinct().Count() == HostsFederation.Cities.Length - 1, TimeSpan.FromSeconds(30),
                $"{city}'s broker to list both peers' links");
            Assert.All(fromPeers, c => Assert.True(c.Tls, $"{c.User} reaches {city} without TLS"));
            Assert.All(fromPeers, c => Assert.Contains($"CN={c.User["federation-".Length..]}", c.PeerCertificateSubject));
        }
    }

    [Fact]
    public async Task A_listing_made_on_one_host_reaches_the_catalogues_on_the_others()
    {
        using var taipei = await federation.SignedInAsync("taipei", "catalog", "agency@taipei");
        var tag = $"h{Guid.NewGuid():N}"[..12];
        var listed = await Listings.ListSolutionAsync(taipei, "taipei", ListingLoad.Title(tag, 1));
        foreach (var city in new[] { "seoul", "new-taipei" })
        {
            using var catalog = federation.Client(city, "catalog");
            var view = await Eventually.Value(() => CatalogueView.ReadAsync(catalog, city, "taipei", tag), v => v.Listings.Count == 1,
                TimeSpan.FromSeconds(30), $"{city} to show taipei's listing");
            Assert.Equal(listed.Id, view.Listings[0].Id);
        }
    }
}
