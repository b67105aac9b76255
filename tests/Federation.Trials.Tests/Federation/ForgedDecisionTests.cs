using Federation.ServiceDefaults.Messaging;
using Federation.Members;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Federation.Api;
using Kpi = Federation.Contracts.Trials.Kpi;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// Decisions put straight on a broker, signed with a member's real key: only the trial's host city may
/// decide it, and a decision heard twice is applied once.
/// </summary>
[Collection(nameof(TrialsFederation))]
public sealed class ForgedDecisionTests(TrialsFederation federation)
{
    private const string HostDecisionsErrors = "trials-host-decisions_error";

    [Fact]
    public async Task A_third_city_cannot_accept_a_trial_it_does_not_host()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.InScreeningAsync((await federation.ListSolutionAsync("seoul")).Id);
        var forged = new TrialAccepted(id, "seoul", "taipei", new TrialAgreement("New Taipei City Government", "Banqiao",
            Today, Today.AddMonths(3), [new Kpi("Average waiting time", "min", 12, 8, null)], 100, DateTimeOffset.UtcNow));

        var messageId = await SendAsync("new-taipei", forged, to: "seoul");

        var rejected = await Eventually.Value(
            async () => (await federation.Brokers.Broker("seoul").Management.PeekMessagesAsync(HostDecisionsErrors, 500)).FirstOrDefault(m => m.MessageId == messageId.ToString()),
            m => m is not null, Propagation, "the forged acceptance in seoul's error queue");
        Assert.Contains("new-taipei", rejected!.Headers.GetValueOrDefault("MT-Fault-Message", ""));
        Assert.Equal("screening", (await GetAsync(stages.Startup, id))!.Status);
    }

    [Fact]
    public async Task The_host_s_acceptance_heard_twice_is_applied_once()
    {
        var stages = await Stages.SignInAsync(federation);
        var id = await stages.AcceptedAsync((await federation.ListSolutionAsync("seoul")).Id);
        var before = (await GetAsync(stages.Startup, id))!;

        // The same decision again, as a relay that crashed before marking it sent would send it (a new id).
        var messageId = await SendAsync("taipei", new TrialAccepted(id, "seoul", "taipei", before.Agreement!), to: "seoul");

        await Eventually.Async(() => federation.Trials("seoul").WithScopeAsync<TrialsDbContext, bool>(
            db => db.ProcessedMessages.AnyAsync(m => m.MessageId == messageId)), Propagation, "seoul to consume the repeated acceptance");
        var after = (await GetAsync(stages.Startup, id))!;
        Assert.Equal(("accepted", before.UpdatedAt), (after.Status, after.UpdatedAt));
    }

    /// <summary>Sends a targeted message from <paramref name="city"/>'s broker, signed with that city's node key.</summary>
    private async Task<Guid> SendAsync<T>(string city, T message, string to) where T : class
    {
        var messageId = Guid.NewGuid();
        using var signer = new MessageSigner(NodeSigningKey.LoadOrCreate(federation.Brokers.SigningKeyFile(city)), city, TimeProvider.System);
        var stamp = signer.Sign(message, messageId, to);
        await federation.Trials(city).Services.GetRequiredService<IBus>().Publish(message, context =>
        {
            stamp.ApplyTo(context);
            context.SetRoutingKey(to);
        });
        return messageId;
    }
}
