using System.Net.Http.Headers;
using Federation.ServiceDefaults.Clients;
using Federation.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace Federation.Identity.Tests;

public sealed class UserLookupTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task An_agency_of_the_city_finds_a_user_with_id_organisation_and_roles()
    {
        using var node = new IdentityNode(Scratch);
        var client = await SignedInAsync(node, "agency@taipei");

        var answer = await client.GetAsync("/api/users/judge@taipei");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var user = (await answer.Content.ReadFromJsonAsync<CityUserResponse>())!;
        Assert.Equal((await node.FindUserAsync("judge@taipei"))!.Id, user.Id);
        Assert.Equal(("judge@taipei", "taipei", "taipei judging panel"), (user.UserName, user.City, user.Organisation));
        Assert.Equal(["judge"], user.Roles);
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        using var node = new IdentityNode(Scratch);
        var client = await SignedInAsync(node, "agency@taipei");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/users/nobody@taipei")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_person_is_not_found_for_enrolment()
    {
        using var node = new IdentityNode(Scratch);
        var client = await SignedInAsync(node, "agency@taipei");
        await node.WithScopeAsync<UserManager<CityUser>, IdentityResult>(async users =>
        {
            var judge = (await users.FindByNameAsync("judge@taipei"))!;
            judge.IsActive = false;
            return await users.UpdateAsync(judge);
        });

        var answer = await client.GetAsync("/api/users/judge@taipei");

        Assert.Contains("no active person", (await answer.AssertProblemAsync(HttpStatusCode.NotFound)).Detail);
    }

    [Fact]
    public async Task Only_a_signed_in_agency_looks_users_up()
    {
        using var node = new IdentityNode(Scratch);
        var startup = await SignedInAsync(node, "startup@taipei");

        Assert.Equal(HttpStatusCode.Forbidden, (await startup.GetAsync("/api/users/judge@taipei")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await node.CreateClient().GetAsync("/api/users/judge@taipei")).StatusCode);
    }

    [Fact]
    public async Task A_token_of_another_city_s_node_is_refused()
    {
        using var seoul = new IdentityNode(Scratch, "seoul") { Issuer = "http://127.0.0.1:5204" };
        using var taipei = new IdentityNode(Scratch);
        var seoulAgency = (await seoul.CreateClient().TokenForAsync("agency@seoul")).AccessToken;
        var client = taipei.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", seoulAgency);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/users/judge@taipei")).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_a_problem_naming_the_bearer_scheme()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var node = new IdentityNode(Scratch) { TestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var client = await SignedInAsync(node, "agency@taipei");

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1)); // past the one-hour token and its 30 s of skew
        var answer = await client.GetAsync("/api/users/judge@taipei");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer error=\"invalid_token\"", answer.Headers.WwwAuthenticate.ToString());
    }

    private static async Task<HttpClient> SignedInAsync(IdentityNode node, string user)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await client.TokenForAsync(user)).AccessToken);
        return client;
    }
}
