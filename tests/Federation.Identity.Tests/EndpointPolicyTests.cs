namespace Federation.Identity.Tests;

public sealed class EndpointPolicyTests : TestsWith<TestFolder>
{
    [Fact]
    public void Every_endpoint_states_who_may_call_it()
    {
        using var node = new IdentityNode(Scratch);
        node.CreateClient();

        Assert.Empty(EndpointPolicies.Unstated(node.Services));
        Assert.DoesNotContain(EndpointPolicies.Anonymous(node.Services), e => e.Contains("/api/users"));
    }
}
