namespace Federation.Portal.Pages.Catalog.Manage;

/// <summary>What the listing and challenge forms share: their three languages, and the service's field names as inputs.</summary>
public static class CatalogForm
{
    /// <summary>
    /// The service's error key as this form's input: <c>title.zh-TW</c> is Input.TitleZhTW, <c>tags[2]</c> is Input.Tags.
    /// A record made through the API may hold languages this form has not (title.ja): those errors stay in the problem list.
    /// </summary>
    public static string FormField(string serviceField)
    {
        var field = serviceField.Split('[')[0];
        var parts = field.Split('.', '-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]);
        return "Input." + string.Concat(parts);
    }

    /// <summary>Only the languages given: a blank one would be the service's error, and an absent one is allowed.</summary>
    public static Dictionary<string, string> Languages(string? en, string? zhTW, string? ko)
    {
        var map = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(en)) map["en"] = en.Trim();
        if (!string.IsNullOrWhiteSpace(zhTW)) map["zh-TW"] = zhTW.Trim();
        if (!string.IsNullOrWhiteSpace(ko)) map["ko"] = ko.Trim();
        return map;
    }

    /// <summary>The form's languages as given, plus those of <paramref name="current"/> the form has no input for (added through the API).</summary>
    public static Dictionary<string, string> KeepOtherLanguages(IReadOnlyDictionary<string, string> given, IReadOnlyDictionary<string, string> current) =>
        current.Where(e => e.Key is not ("en" or "zh-TW" or "ko")).Concat(given).ToDictionary();
}
