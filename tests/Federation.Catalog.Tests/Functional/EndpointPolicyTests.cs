namespace Federation.Catalog.Tests.Functional;

[Collection(CatalogCollection.Name)]
public sealed class EndpointPolicyTests(CatalogNode node)
{
    [Fact]
    public void Every_endpoint_states_who_may_call_it()
    {
        Assert.Empty(EndpointPolicies.Unstated(node.Taipei.Services));
    }

    [Fact]
    public void Only_reads_probes_and_documentation_are_open_to_anyone()
    {
        var open = EndpointPolicies.Anonymous(node.Taipei.Services);

        // Health probes answer any method; every other open endpoint only reads.
        Assert.All(open, endpoint => Assert.True(endpoint.StartsWith("GET ") || endpoint is "* /health" or "* /alive", endpoint));
        Assert.Contains("GET /api/solutions/", open);
        Assert.Contains("GET /api/challenges/", open);
    }
}
