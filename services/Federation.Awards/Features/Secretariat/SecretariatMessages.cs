using Federation.Awards.Features.Cycles;

namespace Federation.Awards.Features.Secretariat;

/// <summary>What the secretariat tells a judge's city, queued in the outbox with the change.</summary>
public static class SecretariatMessages
{
    /// <summary>The whole assignment; a judge of the secretariat's own city reads the one copy held here.</summary>
    public static void SendAssignment(this IFederatedDbContext db, Assignment a, string thisCity)
    {
        if (a.JudgeCity == thisCity) return;
        var s = a.Snapshot();
        db.Send(a.JudgeCity, new JudgeAssigned(a.Id, a.CycleId, a.JudgeId, a.JudgeCity, a.SecretariatCity, s.JudgeUserId, s.JudgeName,
            s.Year, s.CycleName, [.. s.Criteria.Select(c => c.ToContract())], s.Judging.ToContract(),
            [.. s.Entries.Select(e => new Federation.Contracts.Awards.AssignedEntry(e.EntryId, e.SolutionId, e.City, e.SolutionTitle,
                e.SolutionSummary, e.Statement, e.EvidenceTrialIds))], s.Version, s.At));
    }

    public static void SendRuling(this IFederatedDbContext db, Assignment a, Guid entryId, string thisCity)
    {
        if (a.JudgeCity == thisCity || a.Ruling(entryId) is not { } r) return;
        db.Send(a.JudgeCity, new ConflictRuled(a.Id, a.CycleId, a.JudgeId, a.JudgeCity, a.SecretariatCity, entryId, r.DeclaredAt,
            r.Excluded, r.Reason, r.RuledAt));
    }
}
