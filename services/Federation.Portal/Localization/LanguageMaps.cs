using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Federation.Portal.Localization;

/// <summary>
/// Shows a record's own words (a listing's title in en, zh-TW, ko...) in the visitor's language when the
/// record has it, else in another it has, marked with its language so that screen readers say it right.
/// </summary>
public static class LanguageMaps
{
    public static (string Language, string Text) Pick(IReadOnlyDictionary<string, string>? map)
    {
        if (map is null || map.Count == 0) return ("", "");
        var wanted = CultureInfo.CurrentUICulture.Name;
        foreach (var language in new[] { wanted, "en" })
            if (map.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text)) return (language, text);
        var first = map.First(e => !string.IsNullOrWhiteSpace(e.Value) || e.Equals(map.Last()));
        return (first.Key, first.Value);
    }

    /// <summary>
    /// An English text and its translations as one map (an award cycle's name, a label): a record of an earlier
    /// release, or one given only in English, shows its English text.
    /// </summary>
    public static IReadOnlyDictionary<string, string> WithEnglish(string? english, IReadOnlyDictionary<string, string>? translations)
    {
        var map = new Dictionary<string, string>(translations ?? new Dictionary<string, string>());
        if (!string.IsNullOrWhiteSpace(english)) map["en"] = english;
        return map;
    }

    /// <summary>The text in a span carrying its language when it is not the page's.</summary>
    public static IHtmlContent Show(IReadOnlyDictionary<string, string>? map)
    {
        var (language, text) = Pick(map);
        return new Marked(language == CultureInfo.CurrentUICulture.Name ? "" : language, text);
    }

    // Written through the page's own encoder, which leaves Chinese and Korean as characters.
    private sealed class Marked(string language, string text) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            if (language == "") { encoder.Encode(writer, text); return; }
            writer.Write("<span lang=\"");
            encoder.Encode(writer, language);
            writer.Write("\">");
            encoder.Encode(writer, text);
            writer.Write("</span>");
        }
    }
}
