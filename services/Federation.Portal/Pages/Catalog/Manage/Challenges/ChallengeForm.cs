using Federation.Contracts.Catalog;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Federation.Portal.Pages.Catalog.Manage.Challenges;

/// <summary>The challenge form's inputs, flat so that every one has its own label and error; named like the service's fields.</summary>
public sealed class ChallengeForm : ICatalogForm
{
    public string? TitleEn { get; set; }
    public string? TitleZhTW { get; set; }
    public string? TitleKo { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionZhTW { get; set; }
    public string? DescriptionKo { get; set; }
    public string? Domain { get; set; }
    public string? HostAgency { get; set; }
    public string? Site { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? Status { get; set; }
    public long? Version { get; set; }

    /// <summary>What the portal itself checks, in the user's language; the service's 400 covers the rest.</summary>
    public void Check(ModelStateDictionary state, Texts T)
    {
        if (CatalogForm.Languages(TitleEn, TitleZhTW, TitleKo).Count == 0)
            state.AddModelError("Input.Title", T["Give the title in at least one language."]);
        if (CatalogForm.Languages(DescriptionEn, DescriptionZhTW, DescriptionKo).Count == 0)
            state.AddModelError("Input.Description", T["Give the description in at least one language."]);
        if (string.IsNullOrWhiteSpace(Domain)) state.AddModelError("Input.Domain", T["Choose a domain."]);
        if (string.IsNullOrWhiteSpace(HostAgency)) state.AddModelError("Input.HostAgency", T["Give the host agency."]);
        if (string.IsNullOrWhiteSpace(Site)) state.AddModelError("Input.Site", T["Give the site."]);
        if (Deadline is null && state.GetFieldValidationState("Input.Deadline") != ModelValidationState.Invalid)
            state.AddModelError("Input.Deadline", T["Give the deadline for proposals."]);
    }

    public ChallengeRequest ToRequest() => new(
        CatalogForm.Languages(TitleEn, TitleZhTW, TitleKo), CatalogForm.Languages(DescriptionEn, DescriptionZhTW, DescriptionKo),
        Domain, HostAgency, Site, Deadline, Status);

    /// <summary>The change of <paramref name="current"/>: languages this form has no input for (added through the API) are kept.</summary>
    public UpdateChallengeRequest ToUpdate(ChallengeResponse current) => new(
        CatalogForm.KeepOtherLanguages(CatalogForm.Languages(TitleEn, TitleZhTW, TitleKo), current.Title),
        CatalogForm.KeepOtherLanguages(CatalogForm.Languages(DescriptionEn, DescriptionZhTW, DescriptionKo), current.Description),
        Domain, HostAgency, Site, Deadline, Status, Version);

    public static ChallengeForm From(ChallengeResponse c) => new()
    {
        TitleEn = c.Title.GetValueOrDefault("en"), TitleZhTW = c.Title.GetValueOrDefault("zh-TW"), TitleKo = c.Title.GetValueOrDefault("ko"),
        DescriptionEn = c.Description.GetValueOrDefault("en"), DescriptionZhTW = c.Description.GetValueOrDefault("zh-TW"),
        DescriptionKo = c.Description.GetValueOrDefault("ko"),
        Domain = c.Domain, HostAgency = c.HostAgency, Site = c.Site, Deadline = c.Deadline, Status = c.Status, Version = c.Version,
    };
}
