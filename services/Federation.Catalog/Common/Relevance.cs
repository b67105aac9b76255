namespace Federation.Catalog.Common;

/// <summary>
/// How well a record answers a query, lower first. Each term scores where it sits best: 0 a whole word of the title,
/// 1 inside a word of the title, 2 a whole word elsewhere (summary, description, tags, provider, site), 3 only inside a
/// word elsewhere. The record's rank is the sum over the terms, so a title holding every term comes first; ties go to
/// the newest. "Whole" means no letter or digit on either side (a Chinese term is whole when the text has it alone, as
/// 路燈 in a title 路燈, not 智慧路燈), or, for an English word, that the term is the stem of the word it begins (lamp in
/// lamps); Korean is compared with and without the spaces between words, as search matches it. Plain scans of spans, no
/// allocation per word: it runs over every candidate of a search (<see cref="SearchWindow"/>).
/// </summary>
public static class Relevance
{
    public static int Rank(string[] terms, string searchText, IReadOnlyDictionary<string, string> title)
    {
        var titleEnd = CatalogText.TitleEnd(searchText, title);
        var titleText = searchText.AsSpan(0, titleEnd);
        // A title line is never empty: an end at 0 means no title, and the rest starts there.
        var others = searchText.AsSpan(titleEnd == 0 ? 0 : Math.Min(titleEnd + 1, searchText.Length));
        string? joinedTitle = null;
        var rank = 0;
        foreach (var term in terms)
        {
            var inTitle = Find(titleText, term);
            if (inTitle is null && term.AsSpan().IndexOfAnyInRange('\uAC00', '\uD7A3') >= 0)
                inTitle = Find(joinedTitle ??= CatalogText.WithoutKoreanSpaces(titleText.ToString()), term);
            rank += inTitle ?? 2 + (Find(others, term) ?? 1);
        }
        return rank;
    }

    /// <summary>0 if the text holds the term as a whole word, 1 if only inside one, null if not at all.</summary>
    private static int? Find(ReadOnlySpan<char> text, string term)
    {
        int? found = null;
        for (int at = 0, next; (next = text[at..].IndexOf(term, StringComparison.Ordinal)) >= 0; at += next + 1)
        {
            found = 1;
            var start = at + next;
            if (start > 0 && char.IsLetterOrDigit(text[start - 1])) continue;
            var end = start + term.Length;
            if (end == text.Length || !char.IsLetterOrDigit(text[end])) return 0;
            if (char.IsAsciiLetterLower(text[end]) && StemOfWordAt(text, start) == term) return 0;
        }
        return found;
    }

    private static string StemOfWordAt(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiLetterLower(text[end])) end++;
        return CatalogText.Stem(text[at..end].ToString());
    }
}
