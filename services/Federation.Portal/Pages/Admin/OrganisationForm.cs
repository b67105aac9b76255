using Federation.Contracts.Identity;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Federation.Portal.Pages.Admin;

/// <summary>An organisation's fields as the add and edit forms bind them: a name per language, each optional but one.</summary>
public sealed class OrganisationForm
{
    public string? Kind { get; set; }
    public string? NameEn { get; set; }
    public string? NameZhTw { get; set; }
    public string? NameKo { get; set; }
    public string? Website { get; set; }

    public static OrganisationForm Of(OrganisationResponse o) => new()
    {
        Kind = o.Kind,
        NameEn = o.Names.GetValueOrDefault("en"),
        NameZhTw = o.Names.GetValueOrDefault("zh-TW"),
        NameKo = o.Names.GetValueOrDefault("ko"),
        Website = o.Website,
    };

    public OrganisationRequest ToRequest()
    {
        var names = new Dictionary<string, string>();
        foreach (var (tag, name) in new[] { ("en", NameEn), ("zh-TW", NameZhTw), ("ko", NameKo) })
            if (!string.IsNullOrWhiteSpace(name)) names[tag] = name.Trim();
        return new OrganisationRequest(Kind, names, string.IsNullOrWhiteSpace(Website) ? null : Website.Trim());
    }

    /// <summary>The portal's own checks, in the user's language; the service checks the rest.</summary>
    public void Check(ModelStateDictionary state, Texts T)
    {
        if (!AdminWords.Kinds.Contains(Kind ?? "")) state.AddModelError("Input.Kind", T["Choose the kind of organisation."]);
        if (ToRequest().Names!.Count == 0) state.AddModelError("Input.NameEn", T["Give the organisation's name in at least one language."]);
    }

    /// <summary>The input a service's error key (<c>names.zh-TW</c>, <c>website</c>) belongs beside.</summary>
    public static string FormField(string serviceField) => serviceField switch
    {
        "kind" => "Input.Kind",
        "website" => "Input.Website",
        "names.zh-TW" => "Input.NameZhTw",
        "names.ko" => "Input.NameKo",
        _ when serviceField.StartsWith("names") => "Input.NameEn",
        _ => serviceField,
    };
}
