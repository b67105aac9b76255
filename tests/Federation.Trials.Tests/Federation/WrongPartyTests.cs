using static Federation.Trials.Tests.Federation.TrialRoute;
using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// A signed-in user of the right role who is not the party whose step it is: another organisation, the other
/// side of the trial, a city holding no copy. Each is refused on every route that takes the trial's id.
/// </summary>
[Collection(nameof(TrialsFederation))]
public sealed class WrongPartyTests(TrialsFederation federation)
{
    private static bool IsRead(TrialRoute r) => r.Key == "GET /api/trials/{id}";

    [Fact]
    public async Task The_wrong_party_is_refused_on_every_route_that_takes_a_trials_id()
    {
        var stages = await Stages.SignInAsync(federation);
        var seoulListing = await federation.ListSolutionAsync("seoul");
        var id = await stages.InScreeningAsync(seoulListing.Id);
        // Each startup's edit names a listing of its own city, so that the catalogue check lets it reach the trial.
        var applications = new Dictionary<string, ApplyForTrialRequest>
        {
            ["seoul"] = Application(seoulListing.Id),
            ["taipei"] = Application((await federation.ListSolutionAsync("taipei")).Id, hostCity: "seoul"),
            ["new-taipei"] = Application((await federation.ListSolutionAsync("new-taipei")).Id),
        };
        var otherOrganisation = await federation.CreateUserAsync("seoul", "refused-startup", "startup", "seoul refused startup");
        var before = (await SnapshotAsync(stages.Startup, id, "overdue"), await SnapshotAsync(stages.HostAgency, id, "overdue"));

        // The steps refuse a party of the trial's cities with 403 (the trial's rules: not your step, or not on
        // this copy); a read hides another organisation's trial; a node without a copy knows no such trial.
        (string User, string Node, Func<TrialRoute, bool> On, HttpStatusCode Answer)[] wrongParties =
        [
            (otherOrganisation, "seoul", r => r.Role == Startup, HttpStatusCode.Forbidden),
            (otherOrganisation, "seoul", IsRead, HttpStatusCode.NotFound),
            ("startup@taipei", "taipei", r => r.Role == Startup, HttpStatusCode.Forbidden),
            ("startup@taipei", "taipei", IsRead, HttpStatusCode.NotFound),
            ("startup@new-taipei", "new-taipei", r => r.Role == Startup || IsRead(r), HttpStatusCode.NotFound),
            ("agency@taipei", "taipei", r => r.Role == Agency && r.Side == Home, HttpStatusCode.Forbidden),
            ("agency@seoul", "seoul", r => r.Role == Agency && r.Side == Host, HttpStatusCode.Forbidden),
            ("agency@new-taipei", "new-taipei", r => r.Role == Agency || IsRead(r), HttpStatusCode.NotFound),
        ];
        var routes = All.Where(r => r.Role != Anyone && r.TakesId && r.OnTrial).ToList();
        Assert.All(routes, r => Assert.Contains(wrongParties, p => p.On(r)));

        var failures = new List<string>();
        foreach (var (user, node, on, answer) in wrongParties)
        {
            var caller = await federation.TrialsAt(node, user);
            foreach (var route in routes.Where(on))
            {
                var response = await caller.SendAsync(route.Request(id, null, Body(route, applications[node])));
                if (response.StatusCode != answer)
                    failures.Add($"{user} at {node} on {route.Key}: expected {(int)answer}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, (await SnapshotAsync(stages.Startup, id, "overdue"), await SnapshotAsync(stages.HostAgency, id, "overdue")));
        Assert.DoesNotContain((await ListAsync(await federation.TrialsAs(otherOrganisation), "pageSize=100")).Items, t => t.Id == id);
        Assert.DoesNotContain((await ListAsync(await federation.TrialsAs("agency@new-taipei"), "pageSize=100")).Items, t => t.Id == id);
        // The trial is untouched, and its right party still takes the next step.
        Assert.Equal("accepted", (await StepAsync(stages.HostAgency, id, "accept", Agreement())).Status);
    }

    /// <summary>A body the route would take from its right party, so that only the caller is wrong.</summary>
    private static object? Body(TrialRoute route, ApplyForTrialRequest application) => route.Pattern.Split('/')[^1] switch
    {
        "{id}" => route.Method == "PUT" ? application : null,
        "withdraw" => new WithdrawRequest("Not ours to withdraw"),
        "measurements" => new ReportMeasurementRequest("Average waiting time", 9.5m, null, null),
        "report" => new FinalReportRequest("Not ours to report"),
        "endorse" => new EndorseRequest(null),
        "decline" => new DeclineRequest("Not ours to decline"),
        "accept" => Agreement(),
        "reject" => new RejectRequest("Not ours to reject"),
        "review" => new ReviewMeasurementRequest(true, null),
        "verify" => new VerifyRequest(true, "Not ours to verify"),
        "outcome" => new RecordOutcomeRequest("procured", Today, null),
        _ => null, // submit and close carry nothing
    };
}
