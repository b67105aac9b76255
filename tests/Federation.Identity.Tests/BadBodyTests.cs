using Federation.Identity.Tests.Enrolment;

namespace Federation.Identity.Tests;

/// <summary>Every endpoint that reads a body answers a body of any wrong shape as a client error in plain words, never a 500.</summary>
public sealed class BadBodyTests(EnrolmentNode city) : IClassFixture<EnrolmentNode>
{
    [Theory]
    [InlineData("POST", "/api/auth/token", null)]
    [InlineData("POST", "/api/registrations", null)]
    [InlineData("POST", "/api/invitations/acceptance", null)]
    [InlineData("POST", "/api/password-resets", null)]
    [InlineData("POST", "/api/password-resets/completion", null)]
    [InlineData("POST", "/api/organisations", "admin@taipei")]
    [InlineData("PUT", "/api/organisations/{organisation}", "admin@taipei")]
    [InlineData("POST", "/api/organisations/{organisation}/suspension", "admin@taipei")]
    [InlineData("POST", "/api/invitations", "admin@taipei")]
    [InlineData("PUT", "/api/people/{person}/roles", "admin@taipei")]
    public async Task A_body_of_any_wrong_shape_is_a_client_error_never_a_server_error(string method, string route, string? user)
    {
        var client = user is null ? city.Anonymous() : await city.AsAsync(user);
        var organisation = await city.CreateOrganisationAsync("agency", $"Bad bodies office {Guid.NewGuid():N}");
        var path = route.Replace("{organisation}", organisation.Id.ToString()).Replace("{person}", Guid.NewGuid().ToString());

        var wrong = await BadBodies.SweepAsync(client, new HttpMethod(method), path);

        Assert.Empty(wrong);
    }
}
