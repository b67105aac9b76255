using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// Every route of the trials service refuses whoever it is not for: anonymous callers, the wrong role,
/// another city's tokens and the wrong party to a trial; the public routes stay public.
/// </summary>
/// <remarks>
/// The role and city checks call with an id no node holds and an empty body: the endpoint itself would then
/// answer 404 or 400, so a 401 or 403 can only come from the route's authorization, never from the trial's rules.
/// </remarks>
[Collection(nameof(TrialsFederation))]
public sealed class EndpointRefusalTests(TrialsFederation federation)
{
    public static TheoryData<string> Guarded => TrialRoute.Keys(r => r.Role != TrialRoute.Anyone);

    public static TheoryData<string> Public => TrialRoute.Keys(r => r.Role == TrialRoute.Anyone);

    [Fact]
    public void The_routes_tested_here_are_every_route_the_service_maps()
    {
        var mapped = federation.Trials("seoul").Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>().Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order().ToList();

        Assert.Equal(TrialRoute.All.Select(r => r.Key).Order().ToList(), mapped);
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task An_anonymous_caller_is_refused(string key)
    {
        var route = TrialRoute.Named(key);

        await Expect(await federation.Anonymous(route.Side).SendAsync(route.Request(Guid.NewGuid(), null, null)), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task A_caller_of_the_wrong_role_is_refused(string key)
    {
        var route = TrialRoute.Named(key);
        List<string> wrong = [$"judge@{route.Side}"];
        if (route.Side == "taipei" && route.Role != TrialRoute.Secretariat) wrong.Add("secretariat@taipei");
        if (route.Role == TrialRoute.Secretariat) wrong.AddRange(["agency@taipei", "startup@taipei"]);
        if (route.Role == TrialRoute.Startup) wrong.Add($"agency@{route.Side}");
        if (route.Role == TrialRoute.Agency) wrong.Add($"startup@{route.Side}");

        foreach (var user in wrong)
            await ExpectAsync(await federation.TrialsAs(user), route, HttpStatusCode.Forbidden, user);
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task A_token_from_another_citys_identity_service_is_refused(string key)
    {
        var route = TrialRoute.Named(key);
        // Only the secretariat's city has a secretariat: another city's agency stands for it.
        string[] roles = route.Role switch { TrialRoute.Either => ["agency", "startup"], TrialRoute.Secretariat => ["agency"], _ => [route.Role] };

        foreach (var city in TrialsFederation.Cities.Where(c => c != route.Side))
            foreach (var role in roles)
                await ExpectAsync(await federation.TrialsAt(route.Side, $"{role}@{city}"), route, HttpStatusCode.Unauthorized, $"{role}@{city}");
    }

    // The refusals above mean something only if the right role of the node's city gets through.
    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task The_right_role_of_the_nodes_city_gets_past_authorization(string key)
    {
        var route = TrialRoute.Named(key);
        var user = $"{route.Role switch { TrialRoute.Agency => "agency", TrialRoute.Secretariat => "secretariat", _ => "startup" }}@{route.Side}";

        var response = await (await federation.TrialsAs(user)).SendAsync(route.Request(Guid.NewGuid(), null, null));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound,
            $"{user} on {key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [MemberData(nameof(Public))]
    public async Task A_public_route_answers_an_anonymous_caller(string key)
    {
        var route = TrialRoute.Named(key);
        // Nothing is verified under a new id, and an empty body is no certificate: both certificate routes refuse
        // it as a bad request. Either answer is the route's own, not a sign-in's.
        var expected = route.Pattern is "/api/trials/verified/" ? HttpStatusCode.OK
            : route.Method == "GET" ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest;

        await Expect(await federation.Anonymous(route.Side).SendAsync(route.Request(Guid.NewGuid(), null, null)), expected);
    }

    private static async Task ExpectAsync(HttpClient caller, TrialRoute route, HttpStatusCode status, string who)
    {
        var response = await caller.SendAsync(route.Request(Guid.NewGuid(), null, null));
        Assert.True(response.StatusCode == status,
            $"{who} on {route.Key}: expected {(int)status}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
