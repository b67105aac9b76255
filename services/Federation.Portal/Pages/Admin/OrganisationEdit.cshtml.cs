using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Admin;

/// <summary>An admin changes an organisation's kind, names or website.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class OrganisationEditModel(IIdentityApi identity) : AdminPage(identity)
{
    [BindProperty] public OrganisationForm Input { get; set; } = new();

    public OrganisationResponse? Organisation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Organisation = await CallAsync(ct => Identity.GetOrganisationAsync(id, Bearer, ct));
        if (Organisation is null) return Problem?.Status is 400 or 404 ? NotFound() : Page();
        Input = OrganisationForm.Of(Organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Input.Check(ModelState, T);
        if (ModelState.IsValid && await CallAsync(ct => Identity.ChangeOrganisationAsync(id, Input.ToRequest(), Bearer, ct)) is { } changed)
        {
            Confirm(T["{0} is changed.", changed.Name]);
            return Redirect("/admin/organisations");
        }
        if (Problem?.Status == 404) return NotFound();
        return Page();
    }

    protected override string FormField(string serviceField) => OrganisationForm.FormField(serviceField);
}
