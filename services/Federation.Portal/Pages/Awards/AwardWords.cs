using System.Globalization;
using Federation.Contracts.Awards;
using Federation.Members;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.Html;

namespace Federation.Portal.Pages.Awards;

/// <summary>The award records' vocabularies and facts as the award pages show them, in the page's language.</summary>
public static class AwardWords
{
    public static string CycleStatus(Texts T, string status) => status switch
    {
        "announced" => T["Announced"],
        "nominating" => T["Nominations open"],
        "assigning" => T["Judges being assigned"],
        "judging" => T["Judging"],
        "closed" => T["Judging closed"],
        "published" => T["Results are published"],
        _ => status,
    };

    public static string EntryStatus(Texts T, string status) => status switch
    {
        "applied" => T["Applied, waiting for endorsement"],
        "declined" => T["Declined"],
        "nominated" => T["Nominated"],
        "withdrawn" => T["Entry withdrawn"],
        _ => status,
    };

    public static string ConflictKind(Texts T, string kind) => kind switch
    {
        "real" => T["Real conflict (recused)"],
        "apparent" => T["Apparent conflict (disclosed)"],
        "potential" => T["Potential conflict (disclosed)"],
        _ => kind,
    };

    /// <summary>A window in UTC, as the services keep it: from opening (inclusive) until closing.</summary>
    public static string Window(Texts T, AwardWindow w) => T["{0} until {1} (UTC)", When(w.Opens), When(w.Closes)];

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A member city's name in the page's language; an unknown id as it is.</summary>
    public static IHtmlContent City(MemberList members, string city) =>
        members.Contains(city) ? LanguageMaps.Show(members.Get(city).Names) : new HtmlString(System.Net.WebUtility.HtmlEncode(city));

    /// <summary>The same as plain text, for a sentence.</summary>
    public static string CityName(MemberList members, string city) => members.Contains(city) ? LanguageMaps.Pick(members.Get(city).Names).Text : city;

    /// <summary>A cycle's name in the page's language, else in English, marked with its language.</summary>
    public static IHtmlContent CycleName(string name, IReadOnlyDictionary<string, string>? translations) =>
        LanguageMaps.Show(LanguageMaps.WithEnglish(name, translations));

    /// <summary>The same as plain text, for a sentence or a title.</summary>
    public static string CycleNameText(string name, IReadOnlyDictionary<string, string>? translations) =>
        LanguageMaps.Pick(LanguageMaps.WithEnglish(name, translations)).Text;

    /// <summary>A label in the page's language, else as the cycle spells it (in English).</summary>
    public static IHtmlContent Label(string label, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? names) =>
        LanguageMaps.Show(LanguageMaps.WithEnglish(label, names?.GetValueOrDefault(label)));

    /// <summary>The same as plain text, for a sentence or a badge.</summary>
    public static string LabelText(string label, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? names) =>
        LanguageMaps.Pick(LanguageMaps.WithEnglish(label, names?.GetValueOrDefault(label))).Text;

    public static string Weight(decimal weight) => weight.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
