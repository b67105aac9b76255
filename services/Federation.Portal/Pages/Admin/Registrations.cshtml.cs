using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Admin;

/// <summary>An agency of the city decides the companies and institutes that registered themselves.</summary>
[Authorize(Roles = Roles.Agency)]
public sealed class RegistrationsModel(IIdentityApi identity) : AdminPage(identity)
{
    [BindProperty] public string? Act { get; set; }
    [BindProperty] public Guid? OrganisationId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<OrganisationResponse> Pending { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page) => await LoadAsync(page);

    public async Task<IActionResult> OnPostAsync([FromQuery(Name = "page")] int? page)
    {
        if (OrganisationId is not { } id || Act is not ("approval" or "rejection")) return BadRequest();
        if (Act == "rejection" && string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), T["Say why the registration is rejected."]);
        if (ModelState.IsValid
            && await CallAsync(ct => Identity.DecideOrganisationAsync(id, Act, new OrganisationDecisionRequest(Reason?.Trim()), Bearer, ct)) is { } decided)
            return Done(Act == "approval"
                ? T["{0} is approved: its people can sign in.", decided.Name]
                : T["The registration of {0} is rejected.", decided.Name]);
        await LoadAsync(page);
        return Page();
    }

    private async Task LoadAsync(int? page) =>
        Pending = await PageAsync(ct => Identity.ListOrganisationsAsync("pending", null, Math.Max(1, page ?? 1), Bearer, ct));

    protected override string FormField(string serviceField) => serviceField == "reason" ? nameof(Reason) : serviceField;
}
