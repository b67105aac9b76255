namespace Federation.Catalog.Common;

/// <summary>
/// How well a record answers a query, lower first. Each term scores where it sits best: 0 a whole word of the title,
/// 1 inside a word of the title, 2 a whole word elsewhere (summary, description, tags, provider, site), 3 only inside a
/// word elsewhere. The record's rank is the sum over the terms, so a title holding every term comes first; ties go to
/// the newest. "Whole" means no letter or digit on either side (a Chinese term is whole when the text has it alone, as
/// 路燈 in a title 路燈, not 智慧路燈), or, for an English word, that the term is the stem of one (lamps for lamp); Korean
/// is compared with and without the spaces between words, as search matches it.
/// </summary>
public static class Relevance
{
    public static int Rank(string[] terms, string searchText, IReadOnlyDictionary<string, string> title)
    {
        var (titleText, others) = CatalogText.SplitTitle(searchText, title);
        var titleWords = CatalogText.EnglishWords(titleText).Select(CatalogText.Stem).ToHashSet();
        var joinedTitle = CatalogText.WithoutKoreanSpaces(titleText);
        return terms.Sum(term =>
            Whole(titleText, term) || Whole(joinedTitle, term) || titleWords.Contains(term) ? 0
            : titleText.Contains(term, StringComparison.Ordinal) || joinedTitle.Contains(term, StringComparison.Ordinal) ? 1
            : Whole(others, term) ? 2
            : 3);
    }

    private static bool Whole(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }
}
