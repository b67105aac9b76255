namespace Federation.Identity.Tests;

public sealed class HealthTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task The_node_is_ready_once_its_database_answers()
    {
        using var node = new IdentityNode(Scratch);

        var response = await node.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}
