namespace Federation.Awards.Tests.Federation;

/// <summary>Every write of the awards service, called by the role it is for, answers a body of any wrong shape as a client error in plain words.</summary>
[Collection(nameof(AwardsFederation))]
public sealed class BadBodyTests(AwardsFederation federation)
{
    public static TheoryData<string, string> Writes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (verb, route, _) in AwardsEndpoints.All.Where(e => e.Verb != "GET")) data.Add(verb, route);
        return data;
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_body_of_any_wrong_shape_is_a_client_error_never_a_server_error(string verb, string route)
    {
        var access = AwardsEndpoints.AccessOf(verb, route);
        var city = AwardsEndpoints.NodeOf(access);
        var user = AwardsEndpoints.UsersOf(city).First(u => AwardsEndpoints.Allows(access, u));
        var client = await federation.AwardsAt(city, user);

        var wrong = await BadBodies.SweepAsync(client, new HttpMethod(verb), AwardsEndpoints.Fill(route));

        Assert.Empty(wrong);
    }
}
