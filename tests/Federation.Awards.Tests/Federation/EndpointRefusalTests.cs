using Microsoft.AspNetCore.Routing;
using static Federation.Awards.Tests.Federation.AwardsEndpoints;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// Who may call each awards endpoint (the table in <see cref="AwardsEndpoints"/>). Every call names ids that exist
/// nowhere and sends an empty body: a handler that ran would answer 400 or 404, so a 401 or 403 can only come from
/// the endpoint's authorization, and an endpoint that lost it fails here.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class EndpointRefusalTests(AwardsFederation federation)
{
    public static TheoryData<string, string> Guarded() => Rows(a => a != Access.Anyone);

    public static TheoryData<string, string> Public() => Rows(a => a == Access.Anyone);

    public static TheoryData<string, string> SecretariatOnly() => Rows(a => a == Access.Secretariat);

    [Fact]
    public void The_table_lists_every_route_the_service_maps()
    {
        var mapped = federation.Awards(SecretariatCity).Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["any verb"])
                .Select(verb => $"{verb} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order().ToList();

        Assert.Equal(All.Select(e => $"{e.Verb} {e.Route}").Order().ToList(), mapped);
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task Anonymous_callers_are_refused_with_401(string verb, string route)
    {
        var node = NodeOf(AccessOf(verb, route));

        var response = await federation.Anonymous(node).SendAsync(Request(verb, route));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"anonymous at {node}: {verb} {route} answered {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Public))]
    public async Task The_public_results_and_calls_stay_anonymous_at_every_city(string verb, string route)
    {
        foreach (var city in AwardsFederation.Cities)
        {
            var response = await federation.Anonymous(city).SendAsync(Request(verb, route));

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound,
                $"anonymous at {city}: {verb} {route} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task Every_other_role_is_refused_with_403(string verb, string route)
    {
        var access = AccessOf(verb, route);
        var node = NodeOf(access);
        var callers = UsersOf(node).Where(u => !Allows(access, u)).Select(u => (u, node)).ToList();
        // The secretariat's own users hold no city role: a city's step at taipei is not theirs either.
        if (access != Access.Secretariat) callers.Add(($"secretariat@{SecretariatCity}", SecretariatCity));

        foreach (var (user, at) in callers) await ExpectAsync(user, at, verb, route, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task A_token_from_another_city_s_node_is_refused_with_401(string verb, string route)
    {
        var access = AccessOf(verb, route);
        var node = NodeOf(access);
        // The right role where the other city has it; no other city has a secretariat, so its agency stands in.
        var foreign = AwardsFederation.Cities.Where(c => c != node)
            .SelectMany(c => UsersOf(c).Where(u => Allows(access, u)).DefaultIfEmpty($"agency@{c}")).ToList();

        foreach (var user in foreign) await ExpectAsync(user, node, verb, route, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(SecretariatOnly))]
    public async Task The_secretariat_s_steps_are_refused_at_every_other_city_s_node(string verb, string route)
    {
        foreach (var node in AwardsFederation.Cities.Where(c => c != SecretariatCity))
        {
            foreach (var user in UsersOf(node)) await ExpectAsync(user, node, verb, route, HttpStatusCode.Forbidden);
            // The secretariat's token is taipei's: another city's node does not accept it.
            await ExpectAsync($"secretariat@{SecretariatCity}", node, verb, route, HttpStatusCode.Unauthorized);
        }
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task The_right_caller_gets_past_authorization_at_its_own_city_s_node(string verb, string route)
    {
        var access = AccessOf(verb, route);
        string[] nodes = access == Access.Secretariat ? [SecretariatCity] : AwardsFederation.Cities;
        var callers = nodes.SelectMany(node => UsersOf(node).Where(u => Allows(access, u)).Select(u => (u, node))).ToList();
        Assert.NotEmpty(callers);

        foreach (var (user, node) in callers)
        {
            var response = await (await federation.AwardsAt(node, user)).SendAsync(Request(verb, route));

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound,
                $"{user} at {node}: {verb} {route} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task ExpectAsync(string user, string node, string verb, string route, HttpStatusCode status)
    {
        var response = await (await federation.AwardsAt(node, user)).SendAsync(Request(verb, route));
        Assert.True(response.StatusCode == status, $"{user} at {node}: {verb} {route} answered {(int)response.StatusCode}, not {(int)status}");
    }

    private static TheoryData<string, string> Rows(Func<Access, bool> which)
    {
        var rows = new TheoryData<string, string>();
        foreach (var (verb, route, _) in All.Where(e => which(e.Access))) rows.Add(verb, route);
        return rows;
    }
}
