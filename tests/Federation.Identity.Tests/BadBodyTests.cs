namespace Federation.Identity.Tests;

/// <summary>The token endpoint answers a body of any wrong shape as a client error in plain words, never a 500.</summary>
public sealed class BadBodyTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task A_token_request_of_any_wrong_shape_is_a_client_error_never_a_server_error()
    {
        using var node = new IdentityNode(Scratch);

        var wrong = await BadBodies.SweepAsync(node.CreateClient(), HttpMethod.Post, "/api/auth/token");

        Assert.Empty(wrong);
    }
}
