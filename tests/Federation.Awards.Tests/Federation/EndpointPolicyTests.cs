namespace Federation.Awards.Tests.Federation;

[Collection(nameof(AwardsFederation))]
public sealed class EndpointPolicyTests(AwardsFederation federation)
{
    [Fact]
    public void Every_endpoint_states_who_may_call_it() =>
        Assert.Empty(EndpointPolicies.Unstated(federation.Awards("taipei").Services));

    [Fact]
    public void Only_reads_probes_and_documentation_are_open_to_anyone()
    {
        var open = EndpointPolicies.Anonymous(federation.Awards("taipei").Services);

        Assert.All(open, endpoint => Assert.True(endpoint.StartsWith("GET ") || endpoint is "* /health" or "* /alive", endpoint));
    }
}
