using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Outbox;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// The message paths every federated service shares, warmed at start: signing and verifying, the idempotency look-up each consumed
/// message makes, and the publish pipeline of each broadcast the service sends (its exchange declared, as the relay's
/// first publish would, with nothing published).
/// </summary>
internal sealed class MessagingWarmUp(IFederatedDbContext db, IBus bus, MessageSigner signer, MessageVerifier verifier,
    OwnBroadcasts broadcasts, GroupCommit groups, TimeProvider time) : IWarmUp
{
    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        // A message of this node's own, verified as a consumer verifies what arrives.
        var probe = new WarmUpProbe(true);
        var stamp = signer.Sign(probe, Guid.NewGuid(), null);
        verifier.Verify(typeof(WarmUpProbe), JsonSerializer.SerializeToElement(probe, SystemTextJsonMessageSerializer.Options),
            stamp.OriginCity, stamp.MessageId, stamp.SentAt, stamp.Signature);
        // The same query as IdempotentConsumeFilter's, so EF compiles and caches the one it will run.
        var (id, type) = (Guid.Empty, "");
        await db.ProcessedMessages.AnyAsync(m => m.MessageId == id && m.MessageType == type, ct);
        if (groups.GroupsAny) await RehearseGroupAsync(ct);
        var endpoint = typeof(IPublishEndpointProvider).GetMethod(nameof(IPublishEndpointProvider.GetPublishSendEndpoint))!;
        foreach (var broadcast in broadcasts.Types)
            await ((Task<ISendEndpoint>)endpoint.MakeGenericMethod(broadcast).Invoke(bus, [])!).WaitAsync(ct);
    }

    /// <summary>A processed mark saved in a group, as grouped consumers save theirs, and rolled back with its member.</summary>
    private async Task RehearseGroupAsync(CancellationToken ct)
    {
        try
        {
            await groups.ApplyAsync((DbContext)db, async () =>
            {
                db.ProcessedMessages.Add(new ProcessedMessage { MessageId = Guid.NewGuid(), MessageType = "warm-up", ProcessedAt = time.GetUtcNow() });
                await db.SaveChangesAsync(ct);
                throw new RehearsalOver();
            }, ct);
        }
        catch (RehearsalOver)
        {
            ((DbContext)db).ChangeTracker.Clear();
        }
    }

    private sealed class RehearsalOver : Exception;
}

internal sealed record WarmUpProbe(bool WarmUp);
