using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Account;

/// <summary>
/// A company or research institute registers itself and its first person. An agency of the city approves it;
/// meanwhile the person confirms their address from the e-mailed link.
/// </summary>
public sealed class RegisterModel(IIdentityApi identity) : PortalPage
{
    public static readonly IReadOnlyList<string> Kinds = ["company", "research"];

    [BindProperty] public string Kind { get; set; } = "company";
    [BindProperty] public string? NameEn { get; set; }
    [BindProperty] public string? NameZhTw { get; set; }
    [BindProperty] public string? NameKo { get; set; }
    [BindProperty] public string? Website { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string Language { get; set; } = "en";

    /// <summary>The registration as the city received it: shown instead of the form.</summary>
    public RegistrationResponse? Registered { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var names = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(NameEn)) names["en"] = NameEn;
        if (!string.IsNullOrWhiteSpace(NameZhTw)) names["zh-TW"] = NameZhTw;
        if (!string.IsNullOrWhiteSpace(NameKo)) names["ko"] = NameKo;
        if (names.Count == 0) ModelState.AddModelError(nameof(NameEn), T["Give the organisation's name in at least one language."]);
        if (!ModelState.IsValid) return Page();
        Registered = await CallAsync(ct => identity.RegisterAsync(new RegistrationRequest(
            new OrganisationRequest(Kind, names, string.IsNullOrWhiteSpace(Website) ? null : Website),
            new RegistrantRequest(Email, DisplayName, Language)), ct));
        return Page();
    }

    protected override string FormField(string serviceField) => serviceField switch
    {
        "organisation.kind" => nameof(Kind),
        "organisation.names" or "organisation.names.en" => nameof(NameEn),
        "organisation.names.zh-TW" => nameof(NameZhTw),
        "organisation.names.ko" => nameof(NameKo),
        "organisation.website" => nameof(Website),
        "person" or "person.email" => nameof(Email),
        "person.displayName" => nameof(DisplayName),
        "person.language" => nameof(Language),
        _ => serviceField,
    };
}
