using Federation.Contracts.Catalog;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Federation.Portal.Pages.Catalog.Manage.Solutions;

/// <summary>
/// The listing form's inputs, flat so that every one has its own label and error; the contracts' records are
/// built from it. Input names follow the service's field names (title.zh-TW is TitleZhTW), see <see cref="CatalogForm.FormField"/>.
/// </summary>
public sealed class SolutionForm : ICatalogForm
{
    public string? TitleEn { get; set; }
    public string? TitleZhTW { get; set; }
    public string? TitleKo { get; set; }
    public string? SummaryEn { get; set; }
    public string? SummaryZhTW { get; set; }
    public string? SummaryKo { get; set; }
    public string? Domain { get; set; }
    public string? ProviderName { get; set; }
    public string? ProviderWebsite { get; set; }
    public string? ProviderHomeCity { get; set; }
    public string? Maturity { get; set; }
    public int? Trl { get; set; }
    public string? Tags { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public long? Version { get; set; }

    /// <summary>
    /// What the portal itself checks, in the user's language: every field an empty form leaves out, so that one submit
    /// shows them all (the service is asked only once these pass); the service's 400 covers the rest (lengths, formats).
    /// </summary>
    public void Check(ModelStateDictionary state, Texts T)
    {
        if (CatalogForm.Languages(TitleEn, TitleZhTW, TitleKo).Count == 0)
            state.AddModelError("Input.Title", T["Give the title in at least one language."]);
        if (CatalogForm.Languages(SummaryEn, SummaryZhTW, SummaryKo).Count == 0)
            state.AddModelError("Input.Summary", T["Give the summary in at least one language."]);
        if (string.IsNullOrWhiteSpace(Domain)) state.AddModelError("Input.Domain", T["Choose a domain."]);
        if (string.IsNullOrWhiteSpace(ProviderName)) state.AddModelError("Input.ProviderName", T["Give the provider's name."]);
        if (string.IsNullOrWhiteSpace(Maturity)) state.AddModelError("Input.Maturity", T["Choose the maturity."]);
        if (state.GetFieldValidationState("Input.Trl") != ModelValidationState.Invalid && Trl is not (>= 1 and <= 9))
            state.AddModelError("Input.Trl", T["Choose a TRL from 1 to 9."]);
    }

    public SolutionRequest ToRequest() => new(
        CatalogForm.Languages(TitleEn, TitleZhTW, TitleKo), CatalogForm.Languages(SummaryEn, SummaryZhTW, SummaryKo), Domain,
        new Provider(ProviderName, Blank(ProviderWebsite), ProviderHomeCity), Maturity, Trl, TagList(), ContactOrNull());

    /// <summary>The change of <paramref name="current"/>: languages this form has no input for (added through the API) are kept.</summary>
    public UpdateSolutionRequest ToUpdate(SolutionResponse current) => new(
        CatalogForm.KeepOtherLanguages(CatalogForm.Languages(TitleEn, TitleZhTW, TitleKo), current.Title),
        CatalogForm.KeepOtherLanguages(CatalogForm.Languages(SummaryEn, SummaryZhTW, SummaryKo), current.Summary), Domain,
        new Provider(ProviderName, Blank(ProviderWebsite), ProviderHomeCity), Maturity, Trl, TagList(), ContactOrNull(), Version);

    public static SolutionForm From(SolutionResponse s) => new()
    {
        TitleEn = s.Title.GetValueOrDefault("en"), TitleZhTW = s.Title.GetValueOrDefault("zh-TW"), TitleKo = s.Title.GetValueOrDefault("ko"),
        SummaryEn = s.Summary.GetValueOrDefault("en"), SummaryZhTW = s.Summary.GetValueOrDefault("zh-TW"), SummaryKo = s.Summary.GetValueOrDefault("ko"),
        Domain = s.Domain, ProviderName = s.Provider.Name, ProviderWebsite = s.Provider.Website, ProviderHomeCity = s.Provider.HomeCity,
        Maturity = s.Maturity, Trl = s.Trl, Tags = string.Join(", ", s.Tags),
        ContactName = s.Contact?.Name, ContactEmail = s.Contact?.Email, ContactPhone = s.Contact?.Phone, Version = s.Version,
    };

    // Commas as typed in English, Chinese (，、) or Korean keyboards all separate tags.
    private List<string> TagList() =>
        (Tags ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private Contact? ContactOrNull() =>
        Blank(ContactName) is null && Blank(ContactEmail) is null && Blank(ContactPhone) is null
            ? null : new Contact(Blank(ContactName), Blank(ContactEmail), Blank(ContactPhone));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
