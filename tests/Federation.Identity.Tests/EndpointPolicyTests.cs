namespace Federation.Identity.Tests;

public sealed class EndpointPolicyTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_endpoint_states_who_may_call_it()
    {
        using var node = new IdentityNode(_folder);
        node.CreateClient();

        Assert.Empty(EndpointPolicies.Unstated(node.Services));
        Assert.DoesNotContain(EndpointPolicies.Anonymous(node.Services), e => e.Contains("/api/users"));
    }
}
