namespace Federation.Trials.Tests.Federation;

/// <summary>Every write of the trials service, called by the party whose step it is, answers a body of any wrong shape as a client error in plain words.</summary>
[Collection(nameof(TrialsFederation))]
public sealed class BadBodyTests(TrialsFederation federation)
{
    public static TheoryData<string> Writes => TrialRoute.Keys(r => r.Method != "GET");

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_body_of_any_wrong_shape_is_a_client_error_never_a_server_error(string key)
    {
        var route = TrialRoute.Named(key);
        var client = route.Role == TrialRoute.Anyone ? federation.Anonymous(route.Side)
            : await federation.TrialsAs($"{(route.Role == TrialRoute.Agency ? "agency" : "startup")}@{route.Side}");

        var wrong = await BadBodies.SweepAsync(client, new HttpMethod(route.Method), route.Path(Guid.NewGuid()));

        Assert.Empty(wrong);
    }
}
