extern alias portal;
using System.Globalization;
using portal::Federation.Portal.Localization;

namespace Federation.E2E;

/// <summary>
/// The portal's own words in a language, from the translations built into it: a journey in Korean finds the
/// Korean label of "Search solutions" without repeating the translation (en gives the key itself).
/// </summary>
public static class PortalWords
{
    private static readonly Texts Texts = Texts.Load(typeof(portal::Program).Assembly);

    public static string In(string language, string english) =>
        Texts.All.TryGetValue(english, out var languages) && languages.TryGetValue(language, out var text) ? text : english;

    public static string In(string language, string english, params object?[] args) =>
        string.Format(CultureInfo.GetCultureInfo(language), In(language, english), args);
}
