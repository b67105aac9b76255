namespace Federation.Awards.Storage;

/// <summary>
/// What a ranking reads of an assignment, in binary (stored as an <see cref="AssignmentGrid"/>): for each assigned entry,
/// the judge's conflict on it, whether a sheet is held and the sheet's score on each criterion. Why not the JSON columns:
/// they also hold the entries' texts, comments and history, so that for 1,000 entries × 25 judges a ranking read
/// 18 million characters and spent about 55 of its 100 ms reading and parsing them; the grids are 0.6 MB, read as they lie.
/// </summary>
/// <param name="Keys">The criteria scored on any sheet, in the order first seen; each row's scores are by these keys.</param>
public sealed record ScoreGrid(IReadOnlyList<string> Keys, IReadOnlyList<GridRow> Rows)
{
    // Raised when the layout changes; a grid of another layout is refused rather than misread.
    private const byte Layout = 1;

    public static byte[] Of(Assignment assignment)
    {
        // An entry's first sheet and first conflict, as the assignment itself reads them (it holds one of each).
        var sheets = new Dictionary<Guid, JudgeSheet>();
        foreach (var sheet in assignment.Sheets) sheets.TryAdd(sheet.EntryId, sheet);
        var conflicts = new Dictionary<Guid, DeclaredConflict>();
        foreach (var conflict in assignment.Conflicts) conflicts.TryAdd(conflict.EntryId, conflict);
        var keys = assignment.Entries.SelectMany(e => sheets.GetValueOrDefault(e.EntryId)?.Scores ?? [])
            .Select(s => s.CriterionKey).Distinct(StringComparer.Ordinal).ToList();

        using var bytes = new MemoryStream();
        using var writer = new BinaryWriter(bytes);
        writer.Write(Layout);
        writer.Write7BitEncodedInt(keys.Count);
        keys.ForEach(writer.Write);
        writer.Write7BitEncodedInt(assignment.Entries.Count);
        Span<byte> id = stackalloc byte[16];
        foreach (var entry in assignment.Entries)
        {
            entry.EntryId.TryWriteBytes(id);
            writer.Write(id);
            var sheet = sheets.GetValueOrDefault(entry.EntryId);
            writer.Write(Flags(conflicts.GetValueOrDefault(entry.EntryId), sheet is not null));
            foreach (var key in keys)
                WriteScore(writer, sheet?.On(key)?.Value);
        }
        writer.Flush();
        return bytes.ToArray();
    }

    /// <param name="known">Criterion keys the reader holds (the cycle's): a key read that equals one is that string, so that
    /// looking a score up by it compares references rather than characters.</param>
    public static ScoreGrid Read(byte[] grid, IReadOnlyList<string>? known = null)
    {
        using var reader = new BinaryReader(new MemoryStream(grid, writable: false));
        if (reader.ReadByte() is var layout and not Layout) throw new InvalidDataException($"A score grid of layout {layout}, not {Layout}.");
        var keys = new string[reader.Read7BitEncodedInt()];
        for (var k = 0; k < keys.Length; k++)
        {
            var key = reader.ReadString();
            keys[k] = known?.FirstOrDefault(key.Equals) ?? key;
        }
        var rows = new GridRow[reader.Read7BitEncodedInt()];
        Span<byte> id = stackalloc byte[16];
        for (var r = 0; r < rows.Length; r++)
        {
            reader.ReadExactly(id);
            var (entryId, flags) = (new Guid(id), reader.ReadByte());
            // An array per row, not one per grid: a grid's would be a large object (1,000 rows of 4 scores are 96 kB),
            // and large objects of every ranking would bring on full collections.
            var scores = new decimal?[keys.Length];
            for (var k = 0; k < keys.Length; k++) scores[k] = ReadScore(reader);
            rows[r] = new GridRow(entryId, ConflictOf(flags), (flags & Excluded) != 0, (flags & Scored) != 0, new RowScores(keys, scores));
        }
        return new ScoreGrid(keys, rows);
    }

    private const byte Excluded = 1 << 3, Scored = 1 << 4, Kind = 0b111;
    private const byte Absent = 0xFF, Whole = 0xFE;

    // Exact, scale included, so the ranking computes on what the judge sent; yet small: a score of 0-10 with a decimal
    // or two is its scale and its digits as a number of one or two bytes, not the 16 bytes of a decimal.
    private static void WriteScore(BinaryWriter writer, decimal? score)
    {
        if (score is not { } value) { writer.Write(Absent); return; }
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0 || value < 0) { writer.Write(Whole); writer.Write(value); return; }
        writer.Write(value.Scale);
        writer.Write7BitEncodedInt64((long)((ulong)(uint)bits[1] << 32 | (uint)bits[0]));
    }

    private static decimal? ReadScore(BinaryReader reader)
    {
        var tag = reader.ReadByte();
        if (tag == Absent) return null;
        if (tag == Whole) return reader.ReadDecimal();
        var digits = (ulong)reader.Read7BitEncodedInt64();
        return new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, false, tag);
    }

    // The kinds by code of their own, not by the enum's order: a reordered enum must not misread stored grids.
    private static byte Flags(DeclaredConflict? conflict, bool scored) => (byte)(
        conflict?.Kind switch { null => 0, ConflictKind.Real => 1, ConflictKind.Apparent => 2, ConflictKind.Potential => 3,
            _ => throw new ArgumentOutOfRangeException(nameof(conflict), conflict.Kind, "Unknown conflict kind.") }
        | (conflict?.Excluded == true ? Excluded : 0) | (scored ? Scored : 0));

    private static ConflictKind? ConflictOf(byte flags) => (flags & Kind) switch
    {
        0 => null,
        1 => ConflictKind.Real,
        2 => ConflictKind.Apparent,
        3 => ConflictKind.Potential,
        var code => throw new InvalidDataException($"Unknown conflict kind {code} in a score grid."),
    };
}

/// <summary>An assigned entry in a <see cref="ScoreGrid"/>: the judge's conflict on it if declared, whether a sheet is held, its scores by criterion.</summary>
public sealed record GridRow(Guid EntryId, ConflictKind? Conflict, bool Excluded, bool Scored, IReadOnlyDictionary<string, decimal> Scores);

/// <summary>A row's scores by the grid's keys, which every row shares: a row holds only its values, not a dictionary of its own.</summary>
internal sealed class RowScores(string[] keys, decimal?[] values) : IReadOnlyDictionary<string, decimal>
{
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var value in values) if (value is not null) count++;
            return count;
        }
    }

    public decimal this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No score on '{key}'.");

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<decimal> Values => this.Select(p => p.Value);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out decimal value)
    {
        // Criteria are few (20 at most): a scan is quicker than hashing the key.
        var at = Array.IndexOf(keys, key);
        value = at >= 0 && values[at] is { } score ? score : 0m;
        return at >= 0 && values[at] is not null;
    }

    public IEnumerator<KeyValuePair<string, decimal>> GetEnumerator()
    {
        for (var k = 0; k < keys.Length; k++)
            if (values[k] is { } score) yield return new(keys[k], score);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
