using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.Portal.Pages.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Account;

/// <summary>
/// A company or research institute registers itself and its first person. An agency of the city approves it;
/// meanwhile the person confirms their address from the e-mailed link.
/// </summary>
public sealed class RegisterModel(IIdentityApi identity) : PortalPage
{
    public static readonly IReadOnlyList<string> Kinds = ["company", "research"];

    /// <summary>The organisation, bound as the admin pages bind one.</summary>
    [BindProperty] public OrganisationForm Input { get; set; } = new() { Kind = "company" };
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string Language { get; set; } = "en";

    /// <summary>The registration as the city received it: shown instead of the form.</summary>
    public RegistrationResponse? Registered { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Check(ModelState, T);
        if (!ModelState.IsValid) return Page();
        Registered = await CallAsync(ct => identity.RegisterAsync(new RegistrationRequest(
            Input.ToRequest(), new RegistrantRequest(Email, DisplayName, Language)), ct));
        return Page();
    }

    protected override string FormField(string serviceField) => serviceField switch
    {
        _ when serviceField.StartsWith("organisation.", StringComparison.Ordinal) => OrganisationForm.FormField(serviceField["organisation.".Length..]),
        "person" or "person.email" => nameof(Email),
        "person.displayName" => nameof(DisplayName),
        "person.language" => nameof(Language),
        _ => serviceField,
    };
}
