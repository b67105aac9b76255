using System.Net;
using Xunit;

namespace Federation.Identity.Tests;

public sealed class RateLimitTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Token_requests_past_the_limit_get_429_with_retry_after()
    {
        using var node = new IdentityNode(_folder) { Settings = { ["Identity:TokenRequestsPerMinute"] = "3" } };
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
        using var node = new IdentityNode(_folder) { Settings = { ["Identity:TokenRequestsPerMinute"] = "1" } };
        var client = node.CreateClient();
        await client.RequestTokenAsync("agency@taipei", "guess");

        var discovery = await client.GetAsync("/.well-known/openid-configuration");
        var second = await client.RequestTokenAsync("agency@taipei", "guess");

        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }
}
