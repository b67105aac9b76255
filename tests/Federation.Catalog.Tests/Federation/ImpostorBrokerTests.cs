using Federation.Topology;

namespace Federation.Catalog.Tests.Federation;

/// <summary>
/// A broker presenting a certificate the federation's CA did not issue (here seoul's, from a CA of the same
/// name but another key) gets no link: the others refuse its links and its certificate on theirs.
/// </summary>
public sealed class ImpostorBrokerTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _exchange = $"{BrokerDefinitions.ContractExchangePrefix}Probe:Tls{Guid.NewGuid():N}";
    private TestFederation _federation = null!;

    public async Task InitializeAsync()
    {
        _federation = await TestFederation.StartAsync(["taipei", "seoul", "new-taipei"], impostor: "seoul");
        // Links exist per federated exchange: one contract exchange on every broker.
        foreach (var city in _federation.Members.Cities)
            await _federation.Broker(city.Id).Management.DeclareExchangeAsync(_exchange, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task Links_to_and_from_a_broker_whose_certificate_the_ca_did_not_issue_never_run()
    {
        // The two honest cities link up: the brokers are up and federating.
        await LinkRunsAsync("taipei", "new-taipei");
        await LinkRunsAsync("new-taipei", "taipei");

        // taipei refuses seoul's certificate when seoul connects; seoul's certificate fails taipei's check when taipei connects.
        var toImpostor = await FailedLinkAsync("taipei", "seoul");
        var fromImpostor = await FailedLinkAsync("seoul", "taipei");
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more reconnect attempts (one a second)

        Assert.DoesNotContain(await LinksAsync("taipei"), l => l.Upstream == "seoul" && l.Status == "running");
        Assert.DoesNotContain(await LinksAsync("seoul"), l => l.Status == "running");
        Assert.Contains("unknown_ca", toImpostor.Error);
        Assert.NotEmpty(fromImpostor.Error);
    }

    private Task<IReadOnlyList<FederationLinkStatus>> LinksAsync(string city) =>
        _federation.Broker(city).Management.GetFederationLinksAsync(CancellationToken.None);

    private Task LinkRunsAsync(string downstream, string upstream) => Eventually.Async(
        async () => (await LinksAsync(downstream)).Any(l => l.Upstream == upstream && l.Status == "running"),
        Timeout, $"{downstream}'s link from {upstream} to run");

    private async Task<FederationLinkStatus> FailedLinkAsync(string downstream, string upstream) =>
        (await Eventually.Value(
            async () => (await LinksAsync(downstream)).Where(l => l.Upstream == upstream && l.Status == "error").ToList(),
            links => links.Count > 0, Timeout, $"{downstream}'s link from {upstream} to fail"))[0];
}
