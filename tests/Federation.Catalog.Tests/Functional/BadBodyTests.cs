namespace Federation.Catalog.Tests.Functional;

/// <summary>Every write of the catalog service answers a body of any wrong shape as a client error in plain words, and stores nothing.</summary>
[Collection(CatalogCollection.Name)]
public sealed class BadBodyTests(CatalogNode node)
{
    [Theory]
    [InlineData("POST", "/api/solutions")]
    [InlineData("PUT", "/api/solutions/{id}")]
    [InlineData("POST", "/api/challenges")]
    [InlineData("PUT", "/api/challenges/{id}")]
    [InlineData("POST", "/api/catalog/resync")]
    public async Task A_body_of_any_wrong_shape_is_a_client_error_never_a_server_error(string verb, string route)
    {
        var path = route.Contains("{id}")
            ? route.Replace("{id}", (route.Contains("solutions")
                ? (await node.CreateSolutionAsync(Samples.Solution())).Id
                : (await node.CreateChallengeAsync(Samples.Challenge())).Id).ToString())
            : route;

        // A resync without a body asks every other city, as the README says.
        var wrong = await BadBodies.SweepAsync(node.Client, new HttpMethod(verb), path, optionalBody: route.EndsWith("resync"));

        Assert.Empty(wrong);
    }
}
