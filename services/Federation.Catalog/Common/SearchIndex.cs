using System.Text;

namespace Federation.Catalog.Common;

/// <summary>What a search filters, counts and orders by, of one record: the page's records are read only once these are.</summary>
public sealed class SearchRow
{
    public string City { get; init; } = "";
    public Guid Id { get; init; }
    public bool Withdrawn { get; init; }
    public string Domain { get; init; } = "";
    /// <summary>UTC ticks, as the record stores it.</summary>
    public long PublishedAt { get; init; }
}

/// <summary>
/// The records whose <see cref="CatalogRecord.SearchText"/> contains every term, found through an index rather than by
/// reading every record, with exactly the matches of a substring
/// search (<c>instr</c>/<c>strpos</c>). The indexes are made by the migrations <c>SearchIndex</c> (see there for each
/// provider's tables and why) and kept by the database itself (triggers on SQLite, index maintenance on PostgreSQL) in
/// the statement that writes the record, so in its transaction, whoever writes it: an endpoint, a consumer, a resync.
/// Terms are counted in code points, as both databases count characters.
/// </summary>
public static class SearchIndex
{
    private const string Columns = "\"City\", \"Id\", \"Withdrawn\", \"Domain\", \"PublishedAt\"";

    /// <summary>Every record of <typeparamref name="T"/> that holds every term (every record if there is none).</summary>
    public static IQueryable<SearchRow> Rows<T>(CatalogDbContext db, string[] terms) where T : CatalogRecord
    {
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
        if (terms.Length == 0) return Query(db, $"SELECT {Columns} FROM \"{table}\"", []);
        return db.Database.IsSqlite() ? OnSqlite(db, table, terms) : OnPostgres(db, table, terms);
    }

    /// <summary>
    /// One FTS5 trigram table per record type holds each record's text, numbered by <c>{Table}SearchRows</c>, which also
    /// holds what a search filters and orders by: reading the records themselves for every match cost five times the
    /// index (their rows are large, their key is two texts). A term of 3 or more characters is a phrase of its
    /// trigrams: exactly a substring. FTS5's query parser makes no token of a shorter term, but every 1- or 2-character
    /// substring of a text begins one of its trigrams (the index appends two line feeds to the text, which no term holds,
    /// so that the last characters begin trigrams too): those terms are a range of the index's own vocabulary
    /// (<c>{Table}SearchTerms</c>, fts5vocab), read from the index like any other lookup.
    /// </summary>
    private static IQueryable<SearchRow> OnSqlite(CatalogDbContext db, string table, string[] terms)
    {
        var parameters = new List<object>();
        var sets = new List<string>();
        var phrases = terms.Where(t => Characters(t) >= 3).Select(t => $"\"{t.Replace("\"", "\"\"")}\"").ToArray();
        if (phrases.Length > 0)
            sets.Add($"SELECT rowid FROM \"{table}Search\" WHERE \"{table}Search\" MATCH {Parameter(parameters, string.Join(' ', phrases))}");
        foreach (var term in terms.Where(t => Characters(t) < 3))
        {
            var range = $"term >= {Parameter(parameters, term)}";
            if (Successor(term) is { } next) range += $" AND term < {Parameter(parameters, next)}";
            sets.Add($"SELECT doc FROM \"{table}SearchTerms\" WHERE {range}");
        }
        var sql = $"SELECT {Columns} FROM \"{table}SearchRows\" WHERE {string.Join(" AND ", sets.Select(s => $"\"Row\" IN ({s})"))}";
        return Query(db, sql, parameters);
    }

    /// <summary>
    /// A term of 3 or more ASCII letters and digits by <c>LIKE</c> on the pg_trgm GIN index of the text. Any other
    /// (Chinese, Korean, short, or with punctuation) by the GIN index of the text's 1- and 2-character grams
    /// (<c>catalog_search_grams</c>): the term itself if it is that short, else every 2-character gram of it, then
    /// <c>strpos</c> on what that leaves. pg_trgm alone cannot serve them: it makes no trigram of a term under 3
    /// characters, and under the C locale (the test servers', <c>--no-locale</c>) it counts no Chinese or Korean
    /// character as part of a word.
    /// </summary>
    private static IQueryable<SearchRow> OnPostgres(CatalogDbContext db, string table, string[] terms)
    {
        var parameters = new List<object>();
        var conditions = terms.Select(term => term.All(char.IsAsciiLetterOrDigit) && term.Length >= 3
            ? $"\"SearchText\" LIKE {Parameter(parameters, $"%{term}%")}"
            : $"catalog_search_grams(\"SearchText\") @> {Parameter(parameters, Grams(term))} AND strpos(\"SearchText\", {Parameter(parameters, term)}) > 0");
        var sql = $"SELECT {Columns} FROM \"{table}\" WHERE {string.Join(" AND ", conditions)}";
        return Query(db, sql, parameters);
    }

    private static string Parameter(List<object> parameters, object value)
    {
        parameters.Add(value);
        return $"{{{parameters.Count - 1}}}";
    }

    // The text holds only the model's table names and {n} placeholders: every term is a parameter.
    private static IQueryable<SearchRow> Query(CatalogDbContext db, string sql, List<object> parameters) =>
        db.Database.SqlQueryRaw<SearchRow>(sql, [.. parameters]);

    private static int Characters(string term) => term.EnumerateRunes().Count();

    /// <summary>The term if it has 1 or 2 characters, else its 2-character grams: what a text containing it must hold.</summary>
    internal static string[] Grams(string term)
    {
        var runes = term.EnumerateRunes().Select(r => r.ToString()).ToArray();
        return runes.Length <= 2 ? [term] : [.. Enumerable.Range(0, runes.Length - 1).Select(i => runes[i] + runes[i + 1]).Distinct()];
    }

    /// <summary>
    /// The least string above every string that starts with <paramref name="prefix"/> (as SQLite orders text: by UTF-8
    /// bytes, so by code point): its last character's next one; null if there is none (all U+10FFFF).
    /// </summary>
    internal static string? Successor(string prefix)
    {
        var runes = prefix.EnumerateRunes().ToList();
        while (runes.Count > 0)
        {
            var last = runes[^1].Value;
            runes.RemoveAt(runes.Count - 1);
            if (last == 0x10FFFF) continue;
            var next = last + 1 == 0xD800 ? 0xE000 : last + 1;
            return string.Concat(runes.Select(r => r.ToString())) + new Rune(next);
        }
        return null;
    }
}
