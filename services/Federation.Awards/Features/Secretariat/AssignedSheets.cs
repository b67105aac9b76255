using System.Buffers;
using System.Text;
using System.Text.Json;
using Federation.Awards.Domain.Ranking;

namespace Federation.Awards.Features.Secretariat;

/// <summary>
/// What the ranking reads of one judge's assignment: the entries assigned, the scores of each sheet, and the
/// conflicts. Not the <see cref="Assignment"/> itself: most of an assignment's bytes are the assigned entries' titles,
/// summaries and statements and the score history, which a ranking of a large cycle would spend most of its time reading.
/// </summary>
public sealed record AssignedSheets(
    Guid JudgeId,
    IReadOnlyList<Guid> Entries,
    IReadOnlyDictionary<Guid, Dictionary<string, decimal>> Scores,
    IReadOnlyDictionary<Guid, DeclaredConflict> Conflicts)
{
    /// <summary>The assignments of the cycle held here, by judge.</summary>
    public static async Task<IReadOnlyList<AssignedSheets>> ReadAsync(AwardsDbContext db, AwardCycle cycle, CancellationToken ct)
    {
        // The two JSON columns as text (the same column type on SQLite and PostgreSQL), parsed below for only the parts needed.
        var rows = await db.Database.SqlQuery<Columns>($"""
            SELECT "JudgeId", "Entries", "Sheets" FROM "Assignments" WHERE "CycleId" = {cycle.Id} AND "HeldAt" = {cycle.HeldAt}
            """).ToListAsync(ct);
        // Few and small: read the way EF writes them.
        var conflicts = await db.Assignments.AsNoTracking().Where(a => a.CycleId == cycle.Id && a.HeldAt == cycle.HeldAt)
            .Select(a => new { a.JudgeId, a.Conflicts }).ToDictionaryAsync(a => a.JudgeId, a => a.Conflicts, ct);
        var keys = cycle.Criteria.Select(c => (c.Key, Encoding.UTF8.GetBytes(c.Key))).ToList();
        return [.. rows.Select(r => new AssignedSheets(r.JudgeId, Utf8(r.Entries, EntryIds), Utf8(r.Sheets, json => SheetScores(json, keys)),
            conflicts[r.JudgeId].ToDictionary(c => c.EntryId)))];
    }

    // One string for all the judge's sheets.
    private string Judge { get; } = JudgeId.ToString();

    public SheetStanding StandingOf(Guid entryId) => Assignment.Standing(Conflicts.GetValueOrDefault(entryId), Scores.ContainsKey(entryId));

    /// <summary>The judge's sheet of an assigned entry, as the ranking takes it: empty when unscored.</summary>
    public ScoreSheet Sheet(Guid entryId)
    {
        var conflict = Conflicts.GetValueOrDefault(entryId);
        var kind = conflict?.Kind switch
        {
            ConflictKind.Real => ConflictOfInterest.Real,
            ConflictKind.Apparent => ConflictOfInterest.Apparent,
            ConflictKind.Potential => ConflictOfInterest.Potential,
            _ => ConflictOfInterest.None,
        };
        return new ScoreSheet(Judge, entryId, Scores.GetValueOrDefault(entryId) ?? [], kind, conflict?.Excluded == true && !conflict.Recused);
    }

    private delegate T Parser<T>(ReadOnlySpan<byte> json);

    // A column is a megabyte or more in a large cycle: a pooled buffer spares the large object heap a fresh array for each.
    private static T Utf8<T>(string json, Parser<T> parse)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(json));
        try
        {
            return parse(buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private sealed record Columns(Guid JudgeId, string Entries, string Sheets);

    // [{"entryId": ..., the solution's title, summary, statement...}, ...]: the ids only.
    private static List<Guid> EntryIds(ReadOnlySpan<byte> json)
    {
        var ids = new List<Guid>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2)
            {
                var isId = reader.ValueTextEquals("entryId"u8);
                reader.Read();
                if (isId) ids.Add(reader.GetGuid());
                else reader.Skip();
            }
        return ids;
    }

    // [{"entryId": ..., "scores": [{"criterionKey": ..., "value": ..., "comment": ...}], "sequence": ..., "submittedAt": ...}]:
    // each sheet's scores by criterion, the keys shared with the cycle's criteria rather than one string per score.
    private static Dictionary<Guid, Dictionary<string, decimal>> SheetScores(ReadOnlySpan<byte> json, List<(string Key, byte[] Utf8)> keys)
    {
        var sheets = new Dictionary<Guid, Dictionary<string, decimal>>();
        var reader = new Utf8JsonReader(json);
        var (entryId, scores, key, value) = (Guid.Empty, new Dictionary<string, decimal>(), "", 0m);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 1)
                (sheets[entryId], scores) = (scores, []);
            else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 3)
                scores[key] = value;
            else if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth is not (2 or 4))
                continue;
            else if (reader.ValueTextEquals("entryId"u8) && reader.Read())
                entryId = reader.GetGuid();
            else if (reader.ValueTextEquals("criterionKey"u8) && reader.Read())
                key = Key(ref reader, keys);
            else if (reader.ValueTextEquals("value"u8) && reader.Read())
                value = reader.GetDecimal();
            else if (!reader.ValueTextEquals("scores"u8) && reader.Read())
                reader.Skip();
        }
        return sheets;
    }

    private static string Key(ref Utf8JsonReader reader, List<(string Key, byte[] Utf8)> keys)
    {
        foreach (var (key, utf8) in keys)
            if (reader.ValueTextEquals(utf8)) return key;
        return reader.GetString()!;
    }
}
