using Microsoft.AspNetCore.Routing;

namespace Federation.Identity.Tests.Enrolment;

/// <summary>
/// Every route of the identity service refuses whoever it is not for: anonymous callers, the wrong role and
/// another city's tokens; the public routes stay public. Wrong-organisation refusals are in the people and
/// invitation tests, where the organisations exist.
/// </summary>
/// <remarks>Calls name an id the node does not hold and send an empty object: past authorization that is a 400 or 404.</remarks>
public sealed class EndpointRefusalTests(EnrolmentNode city) : IClassFixture<EnrolmentNode>
{
    private const string Anyone = "anyone", Person = "person", Admin = "admin", Agency = "agency", AgencyOrAdmin = "agency-or-admin";

    private static readonly (string Method, string Route, string Who)[] Routes =
    [
        ("POST", "/api/auth/token", Anyone),
        ("GET", "/api/users/{userName}", Agency),
        ("GET", "/api/organisations/", AgencyOrAdmin),
        ("GET", "/api/organisations/{id}", Anyone),
        ("POST", "/api/organisations/", Admin),
        ("PUT", "/api/organisations/{id}", Admin),
        ("POST", "/api/organisations/{id}/approval", Agency),
        ("POST", "/api/organisations/{id}/rejection", Agency),
        ("POST", "/api/organisations/{id}/suspension", Admin),
        ("POST", "/api/organisations/{id}/reinstatement", Admin),
        ("GET", "/api/audit", Admin),
        ("GET", "/api/people/", Person),
        ("GET", "/api/people/{id}", Person),
        ("PUT", "/api/people/{id}/roles", Admin),
        ("POST", "/api/people/{id}/deactivation", Admin),
        ("POST", "/api/people/{id}/reactivation", Admin),
        ("POST", "/api/invitations", Person),
        ("GET", "/api/notifications/", Person),
        ("POST", "/api/notifications/{id}/read", Person),
        ("POST", "/api/notifications/read", Person),
        ("GET", "/api/notifications/preferences", Person),
        ("PUT", "/api/notifications/preferences", Person),
        ("POST", "/api/invitations/acceptance", Anyone),
        ("POST", "/api/registrations", Anyone),
        ("POST", "/api/password-resets", Anyone),
        ("POST", "/api/password-resets/completion", Anyone),
        // OpenID Connect: the protocol's own checks (client, redirect address, PKCE, code) come first, see Connect/.
        ("GET", "/connect/authorize", Anyone),
        ("POST", "/connect/authorize", Anyone),
        ("POST", "/connect/token", Anyone),
        ("GET", "/connect/endsession", Anyone),
        ("POST", "/connect/endsession", Anyone),
        // The sign-in pages: the password or the city ID is the credential.
        ("ANY", "/account/signin", Anyone),
        ("ANY", "/account/external", Anyone),
    ];

    public static TheoryData<string> Guarded => [.. Routes.Where(r => r.Who != Anyone).Select(Key)];

    private static string Key((string Method, string Route, string Who) r) => $"{r.Method} {r.Route}";

    private static HttpRequestMessage Request(string key)
    {
        var (method, route, _) = Routes.Single(r => Key(r) == key);
        var path = route.Replace("{id}", Guid.NewGuid().ToString()).Replace("{userName}", "nobody@taipei");
        return new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
    }

    [Fact]
    public void The_routes_tested_here_are_every_route_the_service_maps()
    {
        var mapped = city.Node.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Route: "/" + e.RoutePattern.RawText?.TrimStart('/')))
            .Where(e => e.Route.StartsWith("/api/") || e.Route.StartsWith("/connect/") || e.Route.StartsWith("/account/"))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.Route}"))
            .Order().ToList();

        Assert.Equal(Routes.Select(Key).Order().ToList(), mapped);
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task An_anonymous_caller_is_refused(string key) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await city.Anonymous().SendAsync(Request(key))).StatusCode);

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task A_caller_of_the_wrong_role_is_refused(string key)
    {
        var who = Routes.Single(r => Key(r) == key).Who;
        string[] wrong = who switch
        {
            Admin => ["agency@taipei", "startup@taipei", "judge@taipei", "secretariat@taipei"],
            Agency => ["admin@taipei", "startup@taipei", "judge@taipei"],
            AgencyOrAdmin => ["startup@taipei", "judge@taipei", "secretariat@taipei"],
            _ => [],
        };
        foreach (var user in wrong)
        {
            var response = await (await city.AsAsync(user)).SendAsync(Request(key));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user} on {key}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task A_token_from_another_citys_identity_service_is_refused(string key)
    {
        using var folder = new TestFolder();
        using var seoul = new IdentityNode(folder, "seoul");
        var token = (await seoul.CreateClient().TokenForAsync("admin@seoul")).AccessToken;
        var client = city.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Request(key))).StatusCode);
    }

    // The refusals above mean something only if the right caller gets through.
    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task The_right_role_of_the_nodes_city_gets_past_authorization(string key)
    {
        var who = Routes.Single(r => Key(r) == key).Who;
        var user = who is Agency ? "agency@taipei" : "admin@taipei";

        var response = await (await city.AsAsync(user)).SendAsync(Request(key));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent or HttpStatusCode.BadRequest or HttpStatusCode.NotFound,
            $"{user} on {key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
