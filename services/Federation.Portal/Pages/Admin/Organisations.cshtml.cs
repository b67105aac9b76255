using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Admin;

/// <summary>
/// The city's directory of organisations: its admins add, suspend and reinstate; its agencies read it and
/// decide the pending registrations on their own page.
/// </summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.Agency}")]
public sealed class OrganisationsModel(IIdentityApi identity) : AdminPage(identity)
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty] public OrganisationForm Input { get; set; } = new();

    // The suspension and reinstatement forms: which step on which organisation.
    [BindProperty] public string? Act { get; set; }
    [BindProperty] public Guid? OrganisationId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<OrganisationResponse> Organisations { get; private set; } = [];

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        ModelState.Clear();
        await LoadAsync(page);
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        Input.Check(ModelState, T);
        if (ModelState.IsValid && await CallAsync(ct => Identity.CreateOrganisationAsync(Input.ToRequest(), Bearer, ct)) is { } added)
            return Done(T["{0} is added to the city's directory.", added.Name]);
        await LoadAsync(null);
        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync([FromQuery(Name = "page")] int? page)
    {
        if (OrganisationId is not { } id || Act is not ("suspension" or "reinstatement")) return BadRequest();
        if (Act == "suspension" && string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), T["Say why the organisation is suspended."]);
        if (ModelState.IsValid
            && await CallAsync(ct => Identity.DecideOrganisationAsync(id, Act, new OrganisationDecisionRequest(Reason?.Trim()), Bearer, ct)) is { } decided)
            return Done(Act == "suspension" ? T["{0} is suspended: its people can no longer sign in.", decided.Name] : T["{0} is reinstated.", decided.Name]);
        await LoadAsync(page);
        return Page();
    }

    private async Task LoadAsync(int? page)
    {
        var status = AdminWords.OrganisationStatuses.Contains(Status ?? "") ? Status : null;
        Organisations = await PageAsync(ct => Identity.ListOrganisationsAsync(status, null, Math.Max(1, page ?? 1), Bearer, ct));
    }

    protected override string FormField(string serviceField) => serviceField == "reason" ? nameof(Reason) : OrganisationForm.FormField(serviceField);
}
