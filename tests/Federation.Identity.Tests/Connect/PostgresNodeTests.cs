namespace Federation.Identity.Tests.Connect;

/// <summary>
/// A node keeping its people, OpenID Connect authorizations and tokens and its mail on PostgreSQL, the production
/// store (the other tests keep them in SQLite files): the code flow, a refresh and a deactivation that ends it.
/// </summary>
public sealed class PostgresNodeTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task A_node_on_postgres_signs_a_person_in_refreshes_and_ends_the_session_on_deactivation()
    {
        var server = await PostgresServer.StartedAsync();
        var name = Path.GetFileName(Scratch.Root);
        try
        {
            using var node = IdentityNode.OnRealPort(Scratch, settings: new()
            {
                ["Storage:Provider"] = "postgres",
                ["ConnectionStrings:Identity"] = server.NewDatabase("identity", name),
            });
            var signedIn = await PortalClient.SignInAsync(node, "judge@taipei");
            var refreshed = await PortalClient.RefreshAsync(node, signedIn.RefreshToken!);
            Assert.True(refreshed.Status == HttpStatusCode.OK, refreshed.Json);
            Assert.Equal([Roles.Judge], PortalClient.Roles(refreshed.AccessToken!));

            var judge = await node.FindUserAsync("judge@taipei");
            using var admin = node.CreateClient();
            admin.DefaultRequestHeaders.Authorization = new("Bearer", (await admin.TokenForAsync("admin@taipei")).AccessToken);
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/people/{judge!.Id}/deactivation", null)).StatusCode);

            Assert.Equal("invalid_grant", (await PortalClient.RefreshAsync(node, refreshed.RefreshToken!)).Error);
        }
        finally
        {
            server.DropDatabases("identity", name);
        }
    }
}
