using Federation.Contracts.Awards;

namespace Federation.Catalog.Features.Awards;

/// <summary>
/// Puts a cycle's published award results on the winning and shortlisted solutions, in every city (the
/// secretariat's included: the awards service, not the catalogue, ran the cycle). Only the secretariat of
/// the member list may publish them.
/// </summary>
public sealed class AwardResultsConsumer(CatalogDbContext db, MemberList members) : IConsumer<AwardResultsPublished>
{
    public async Task Consume(ConsumeContext<AwardResultsPublished> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        context.EnsureSentByOwner(members.Secretariat);
        if (!string.Equals(m.SecretariatCity, members.Secretariat, StringComparison.Ordinal))
            throw new FederationRejectedException(Rejections.WrongOwner,
                $"Cycle {m.CycleId}'s results name '{m.SecretariatCity}' as secretariat, not '{members.Secretariat}'");

        var held = await db.AwardBadges.Where(b => b.CycleId == m.CycleId).ToListAsync(ct);
        // Results published again replace the cycle's badges; an older publication arriving late changes nothing.
        if (held.Any(b => b.PublishedAt > m.PublishedAt)) return;

        // Winners are chosen from the finalists: a solution that won shows its label, not also as a finalist.
        var results = m.Winners.Select(w => (w.City, w.SolutionId, Label: (string?)w.Label))
            .Concat(m.Finalists.Select(f => (f.City, f.SolutionId, Label: (string?)null)))
            .DistinctBy(r => (r.City, r.SolutionId))
            .ToList();
        foreach (var stale in held.Where(b => !results.Any(r => (r.City, r.SolutionId) == (b.SolutionCity, b.SolutionId))))
            db.AwardBadges.Remove(stale);
        foreach (var (city, solutionId, label) in results)
        {
            var badge = held.FirstOrDefault(b => (b.SolutionCity, b.SolutionId) == (city, solutionId));
            if (badge is null) db.AwardBadges.Add(badge = AwardBadge.For(m.CycleId, city, solutionId));
            badge.Published(m.SecretariatCity, m.Year, m.Name, label, m.PublishedAt);
        }
    }
}
