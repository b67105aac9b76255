namespace Federation.Identity.Tests;

public sealed class RateLimitTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task Token_requests_past_the_limit_get_429_with_retry_after()
    {
        using var node = new IdentityNode(Scratch) { Settings = { ["Identity:TokenRequestsPerMinute"] = "3" } };
        var client = node.CreateClient();

        for (var request = 1; request <= 3; request++)
            Assert.Equal(HttpStatusCode.BadRequest, (await client.RequestTokenAsync("agency@taipei", "guess")).StatusCode);
        var fourth = await client.RequestTokenAsync("agency@taipei", TestFolder.DevPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.InRange(fourth.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("429", (await fourth.ProblemAsync()).Text("status"));
    }

    [Fact]
    public async Task The_limit_applies_to_the_token_endpoint_only()
    {
        using var node = new IdentityNode(Scratch) { Settings = { ["Identity:TokenRequestsPerMinute"] = "1" } };
        var client = node.CreateClient();
        await client.RequestTokenAsync("agency@taipei", "guess");

        var discovery = await client.GetAsync("/.well-known/openid-configuration");
        var second = await client.RequestTokenAsync("agency@taipei", "guess");

        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task Token_requests_for_one_user_past_its_limit_get_429_while_other_users_go_on()
    {
        using var node = new IdentityNode(Scratch) { Settings = { ["Identity:TokenRequestsPerUserPerMinute"] = "2" } };
        var client = node.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.RequestTokenAsync("agency@taipei", "guess")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.RequestTokenAsync("agency@taipei", TestFolder.DevPassword)).StatusCode);

        // The same name in other letters is the same user.
        var third = await client.RequestTokenAsync(" AGENCY@taipei", TestFolder.DevPassword);
        var otherUser = await client.RequestTokenAsync("judge@taipei", TestFolder.DevPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.InRange(third.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Contains("this user", (await third.ProblemAsync()).Text("detail"));
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }
}
