namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// The links between the cities' brokers run over TLS, each end seeing the other's certificate (the
/// replication tests of this collection then show listings crossing them).
/// </summary>
[Collection(nameof(CatalogFederation))]
public sealed class FederationTlsTests(CatalogFederation federation)
{
    [Fact]
    public async Task Every_link_connects_to_its_upstream_over_amqps()
    {
        foreach (var city in CatalogFederation.Cities)
        {
            // A link that timed out connecting (a busy machine, a broker of the collection restarted) is retried by the
            // broker: what must hold is that each one runs, over amqps, once it has.
            var management = federation.Brokers.Broker(city).Management;
            var links = await Eventually.Value(() => management.GetFederationLinksAsync(CancellationToken.None),
                all => all.Count > 0 && all.All(l => l.Status == "running"), TimeSpan.FromSeconds(60), $"{city}'s links to run")
                .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null);
            links ??= await management.GetFederationLinksAsync(CancellationToken.None);

            Assert.NotEmpty(links);
            Assert.All(links, link => Assert.Equal(("running", $"amqps://{link.Upstream}:5671"), (link.Status, link.Uri)));
        }
    }

    [Fact]
    public async Task Taipeis_broker_sees_each_citys_links_over_tls_with_that_citys_certificate()
    {
        var management = federation.Brokers.Broker("taipei").Management;

        var links = await Eventually.Value(
            async () => (await management.GetConnectionsAsync(CancellationToken.None)).Where(c => c.User.StartsWith("federation-")).ToList(),
            connections => connections.Select(c => c.User).Distinct().Count() == 2,
            TimeSpan.FromSeconds(30), "taipei's broker to list the links of seoul and new-taipei");

        Assert.All(links, link =>
        {
            Assert.True(link.Tls, $"{link.User} connected without TLS");
            Assert.Contains($"CN={link.User["federation-".Length..]}", link.PeerCertificateSubject);
        });
    }
}
