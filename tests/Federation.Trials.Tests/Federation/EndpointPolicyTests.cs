namespace Federation.Trials.Tests.Federation;

[Collection(nameof(TrialsFederation))]
public sealed class EndpointPolicyTests(TrialsFederation federation)
{
    [Fact]
    public void Every_endpoint_states_who_may_call_it() =>
        Assert.Empty(EndpointPolicies.Unstated(federation.Trials("taipei").Services));

    [Fact]
    public void Only_verified_trials_certificate_checks_probes_and_documentation_are_open_to_anyone()
    {
        var open = EndpointPolicies.Anonymous(federation.Trials("taipei").Services);

        Assert.All(open, endpoint => Assert.True(
            endpoint.Contains("/api/trials/verified") || endpoint.Contains("/api/trials/certificates")
            || endpoint is "* /health" or "* /alive" || endpoint.StartsWith("GET /openapi"), endpoint));
    }
}
