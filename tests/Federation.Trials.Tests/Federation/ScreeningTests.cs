using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>An endorsed application in the host city's hands: its deadline, and how it ends before acceptance.</summary>
[Collection(nameof(TrialsFederation))]
public sealed class ScreeningTests(TrialsFederation federation)
{
    [Fact]
    public async Task An_unanswered_application_shows_overdue_on_both_copies_once_screening_time_is_up()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.InScreeningAsync((await federation.ListSolutionAsync("seoul")).Id);
        var wait = TrialsFederation.ScreeningPeriod + TimeSpan.FromSeconds(30);

        var host = await Eventually.Value(() => GetAsync(stages.HostAgency, id), t => t!.Overdue, wait, "taipei's copy to be overdue");
        var home = await Eventually.Value(() => GetAsync(stages.Startup, id), t => t!.Overdue, wait, "seoul's copy to be overdue");

        Assert.Equal(("screening", "screening"), (host!.Status, home!.Status));
        Assert.Equal(host.ScreeningDeadline, home.ScreeningDeadline);
        Assert.Contains((await ListAsync(stages.HostAgency, "side=host&overdue=true&pageSize=100")).Items, t => t.Id == id && t.Overdue);
        Assert.Contains((await ListAsync(stages.HomeAgency, "side=home&overdue=true&pageSize=100")).Items, t => t.Id == id && t.Overdue);
        Assert.Contains((await ListAsync(stages.Startup, "overdue=true&pageSize=100")).Items, t => t.Id == id);
    }

    [Fact]
    public async Task A_rejection_reaches_home_with_its_reason()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.InScreeningAsync((await federation.ListSolutionAsync("seoul")).Id);

        await StepAsync(stages.HostAgency, id, "reject", new RejectRequest("No bus line free before 2027"));

        var home = await EventuallyAsync(stages.Startup, id, t => t.Status == "rejected", "seoul to learn of the rejection");
        Assert.Equal("No bus line free before 2027", home!.Reason);
    }

    [Fact]
    public async Task A_withdrawal_after_endorsement_reaches_the_host_which_can_no_longer_accept()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.InScreeningAsync((await federation.ListSolutionAsync("seoul")).Id);

        await StepAsync(stages.Startup, id, "withdraw", new WithdrawRequest("Found a site at home"));

        var host = await EventuallyAsync(stages.HostAgency, id, t => t.Status == "withdrawn", "taipei to learn of the withdrawal");
        Assert.Equal("Found a site at home", host!.Reason);
        await RefusedAsync(stages.HostAgency, id, "accept", Agreement(), HttpStatusCode.Conflict);
        Assert.Equal("withdrawn", (await GetAsync(stages.Startup, id))!.Status);
    }

    [Fact]
    public async Task A_declined_application_never_leaves_home()
    {
        var stages = await Stages.SignInAsync(federation);
        var solution = await federation.ListSolutionAsync("seoul");
        var declined = await stages.SubmittedAsync(solution.Id);

        var home = await StepAsync(stages.HomeAgency, declined, "decline", new DeclineRequest("Apply once the pilot in Gangnam ends"));

        Assert.Equal(("declined", "Apply once the pilot in Gangnam ends"), (home.Status, home.Reason));
        Assert.False(await federation.HoldsAsync("taipei", declined));
        // A later endorsed application of the same startup reaching taipei proves the way there was open.
        await stages.InScreeningAsync(solution.Id);
        Assert.False(await federation.HoldsAsync("taipei", declined));
        Assert.Equal(1, await federation.TrialsOfAsync("taipei", solution.Id));
    }
}
