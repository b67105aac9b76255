using Federation.Contracts.Trials;

namespace Federation.Catalog.Features.Verifications;

/// <summary>
/// Puts verified trials on the solutions they verified, in every city (this one included: the trials
/// service, not the catalogue, ran the trial). Only the host city may say how its trial ended.
/// </summary>
public sealed class VerifiedTrialsConsumer(CatalogDbContext db) : IConsumer<TrialVerified>, IConsumer<TrialOutcomeRecorded>
{
    public async Task Consume(ConsumeContext<TrialVerified> context)
    {
        var m = context.Message;
        var certificate = m.Certificate.Certificate;
        context.EnsureSentByOwner(m.HostCity);
        if (certificate.HostCity != m.HostCity || certificate.TrialId != m.TrialId)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Trial {m.TrialId}'s certificate names another trial or host");
        (await FindOrAddAsync(m.TrialId, m.HomeCity, certificate.SolutionId, m.HostCity, context.CancellationToken)).Verified(certificate);
    }

    public async Task Consume(ConsumeContext<TrialOutcomeRecorded> context)
    {
        var m = context.Message;
        context.EnsureSentByOwner(m.HostCity);
        (await FindOrAddAsync(m.TrialId, m.HomeCity, m.SolutionId, m.HostCity, context.CancellationToken)).Followed(m.Outcome);
    }

    // The solution is the home city's listing: a startup trials its own city's solution elsewhere.
    private async Task<Verification> FindOrAddAsync(Guid trialId, string homeCity, Guid solutionId, string hostCity, CancellationToken ct)
    {
        if (await db.Verifications.FindAsync([trialId], ct) is { } known) return known;
        var added = Verification.For(trialId, homeCity, solutionId, hostCity);
        db.Verifications.Add(added);
        return added;
    }
}
