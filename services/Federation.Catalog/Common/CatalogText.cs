using System.Text;
using System.Text.RegularExpressions;
using Icu;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Federation.Catalog.Common;

/// <summary>
/// Search text in every language, and the query terms matched against it by substring, so that Chinese and Korean need
/// no word segmentation (智慧 finds 智慧路燈, 스마트 finds 스마트 가로등). Both sides are folded alike, so that what people
/// type finds what was written:
/// <list type="bullet">
/// <item>NFKC folds full-width and compatibility forms, lower-casing folds Latin case;</item>
/// <item>Chinese in traditional characters is folded to simplified (ICU's Traditional-Simplified transliterator, through
/// icu.net, over the ICU library .NET itself runs on), so 路灯 finds 路燈 and 臺北 finds 台北;</item>
/// <item>Korean written without the spaces between words finds it with them: the text also holds its Korean with those
/// spaces removed (지능형쓰레기통 finds 지능형 쓰레기통; the other way round each word is a term of its own already);</item>
/// <item>English words are also held as their stems, and a query's English words are stemmed (Snowball's English stemmer,
/// Porter2, from Lucene.Net), so lamps finds lamp and lighting finds lights.</item>
/// </list>
/// </summary>
public static partial class CatalogText
{
    /// <summary>Raised whenever what <see cref="Of"/> makes of a record changes: records with an older one are indexed again at start.</summary>
    public const int Version = 1;

    static CatalogText() => Wrapper.Init();

    // Neither is safe to share between threads; each thread keeps its own.
    private static readonly ThreadLocal<Transliterator> ToSimplified = new(() => Transliterator.CreateInstance("Traditional-Simplified"));
    private static readonly ThreadLocal<EnglishStemmer> Stemmer = new(() => new EnglishStemmer());

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return HasHan(folded) ? ToSimplified.Value!.Transliterate(folded) : folded;
    }

    /// <summary>A record's search text: each part normalized on a line of its own, then its variants (see the class).</summary>
    public static string Of(params IEnumerable<string?>[] parts)
    {
        var lines = parts.SelectMany(p => p).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Normalize(s!)).ToList();
        var text = string.Join('\n', lines);
        var joined = lines.Where(l => SpaceInKorean().IsMatch(l)).Select(l => SpaceInKorean().Replace(l, "")).ToList();
        var stems = EnglishWords(text).Distinct().Select(w => (Word: w, Stem: Stem(w)))
            .Where(w => w.Stem != w.Word).Select(w => w.Stem).Distinct().ToList();
        if (joined.Count > 0) text += "\n" + string.Join('\n', joined);
        if (stems.Count > 0) text += "\n" + string.Join(' ', stems);
        return text;
    }

    /// <summary>
    /// Where a record's search text stops holding its title (the index of the line feed after it, or the text's length):
    /// <see cref="Of"/> writes the title first (each record puts it first of its parts), one line for each line of each
    /// language.
    /// </summary>
    public static int TitleEnd(string searchText, IReadOnlyDictionary<string, string> title)
    {
        var lines = 0;
        foreach (var value in title.Values)
            if (!string.IsNullOrWhiteSpace(value)) lines += value.AsSpan().Count('\n') + 1;
        if (lines == 0) return 0;
        var at = -1;
        for (var i = 0; i < lines; i++)
            if ((at = searchText.IndexOf('\n', at + 1)) < 0) return searchText.Length;
        return at;
    }

    /// <summary>Normalized text with the spaces between Korean words removed, as the search text also holds it.</summary>
    public static string WithoutKoreanSpaces(string normalized) => SpaceInKorean().Replace(normalized, "");

    /// <summary>Query terms: every one must occur in a record for it to match; an English word as its stem.</summary>
    public static string[] Terms(string? query) => string.IsNullOrWhiteSpace(query)
        ? []
        : Normalize(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => EnglishWord().Match(t) is { Success: true } word && word.Length == t.Length ? Stem(t) : t).Distinct().ToArray();

    /// <summary>The words of Latin letters long enough to have a stem of their own, in normalized text.</summary>
    public static IEnumerable<string> EnglishWords(string normalized) => EnglishWord().Matches(normalized).Select(m => m.Value);

    /// <summary>An English word's Snowball (Porter2) stem, as search holds and looks for it.</summary>
    public static string Stem(string word)
    {
        var stemmer = Stemmer.Value!;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static bool HasHan(string text) => text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0
        || text.AsSpan().IndexOfAnyInRange('\u3400', '\u4DBF') >= 0 || text.AsSpan().IndexOfAnyInRange('\uF900', '\uFAFF') >= 0;

    /// <summary>Spaces between two Hangul syllables.</summary>
    [GeneratedRegex(@"(?<=[\uAC00-\uD7A3])[ \t]+(?=[\uAC00-\uD7A3])")]
    private static partial Regex SpaceInKorean();

    /// <summary>A word of Latin letters long enough to have a stem of its own.</summary>
    [GeneratedRegex(@"\b[a-z]{3,}\b")]
    private static partial Regex EnglishWord();
}
