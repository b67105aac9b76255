namespace Federation.Identity.Tests.Connect;

/// <summary>A person the node stops (deactivated, or their organisation suspended) loses their refresh tokens at once.</summary>
public sealed class SessionEndTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task A_refresh_token_gets_fresh_tokens_until_its_person_is_deactivated()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        var signedIn = await PortalClient.SignInAsync(node, "judge@taipei");
        var refreshed = await PortalClient.RefreshAsync(node, signedIn.RefreshToken!);
        Assert.True(refreshed.Status == HttpStatusCode.OK, refreshed.Json);
        Assert.Equal([Roles.Judge], PortalClient.Roles(refreshed.AccessToken!));

        var judge = await node.FindUserAsync("judge@taipei");
        Assert.Equal(HttpStatusCode.OK, (await (await AdminAsync(node)).PostAsync($"/api/people/{judge!.Id}/deactivation", null)).StatusCode);

        var refused = await PortalClient.RefreshAsync(node, refreshed.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("invalid_grant", refused.Error);
        Assert.Null(refused.AccessToken);
    }

    [Fact]
    public async Task Suspending_an_organisation_stops_the_refresh_tokens_of_its_people()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        var signedIn = await PortalClient.SignInAsync(node, "startup@taipei");

        var startup = await node.FindUserAsync("startup@taipei");
        var suspended = await (await AdminAsync(node)).PostAsJsonAsync($"/api/organisations/{startup!.OrganisationId}/suspension",
            new OrganisationDecisionRequest("Unpaid membership"));
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);

        var refused = await PortalClient.RefreshAsync(node, signedIn.RefreshToken!);
        Assert.Equal("invalid_grant", refused.Error);
    }

    [Fact]
    public async Task A_deactivated_person_signed_in_at_the_provider_is_asked_to_sign_in_again_and_told_why()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        using var browser = new CodeFlow();
        var first = await browser.SubmitAsync(await PortalClient.AuthorizeAsync(browser, node), PortalClient.Password("judge@taipei"), null, default);
        Assert.NotNull(first.Code);
        var judge = await node.FindUserAsync("judge@taipei");
        await (await AdminAsync(node)).PostAsync($"/api/people/{judge!.Id}/deactivation", null);

        // The provider's own session no longer counts: the sign-in page comes back, and the password says why.
        var again = await PortalClient.AuthorizeAsync(browser, node);
        Assert.Null(again.Code);
        var refused = await browser.SubmitAsync(again, PortalClient.Password("judge@taipei"), null, default);
        Assert.Null(refused.Code);
        Assert.Contains("deactivated", refused.Page.Html);
    }

    private static async Task<HttpClient> AdminAsync(IdentityNode node)
    {
        var admin = node.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", (await admin.TokenForAsync("admin@taipei")).AccessToken);
        return admin;
    }
}
