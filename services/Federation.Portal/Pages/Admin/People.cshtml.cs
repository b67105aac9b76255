using Federation.Contracts.Identity;
using Federation.Portal.Auth;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Admin;

/// <summary>
/// The node's people: its admins see everyone, change roles, deactivate and reactivate; anyone else sees
/// their own organisation's people (the service filters) and invites colleagues with roles they hold.
/// </summary>
[Authorize]
public sealed class PeopleModel(IIdentityApi identity) : AdminPage(identity)
{
    /// <summary>Only the people of one organisation (admins; anyone else sees only their own anyway).</summary>
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }

    [BindProperty] public InvitationForm Invite { get; set; } = new();

    // The per-person forms: whose roles, or which step on whom.
    [BindProperty] public string? PersonId { get; set; }
    [BindProperty] public List<string> RoleNames { get; set; } = [];
    [BindProperty] public string? Act { get; set; }

    public IReadOnlyList<PersonResponse> People { get; private set; } = [];
    public IReadOnlyList<OrganisationResponse> Organisations { get; private set; } = [];

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    /// <summary>The roles the user may give: an admin any, anyone else those they hold (never admin).</summary>
    public IEnumerable<string> GivableRoles => IsAdmin ? Roles.All : Roles.All.Where(r => r != Roles.Admin && User.IsInRole(r));

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        ModelState.Clear();
        Invite.Language = System.Globalization.CultureInfo.CurrentUICulture.Name;
        Invite.OrganisationId = OrganisationId;
        await LoadAsync(page);
    }

    public async Task<IActionResult> OnPostInviteAsync()
    {
        if (!IsAdmin) Invite.OrganisationId = User.OrganisationId();
        Invite.Check(ModelState, T);
        if (ModelState.IsValid && await CallAsync(ct => Identity.InviteAsync(Invite.ToRequest(), Bearer, ct)) is { } invited)
            return Done(T["{0} is invited: an e-mail with a link to set a password is on its way to {1}.", invited.DisplayName, invited.UserName]);
        await LoadAsync(null);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync([FromQuery(Name = "page")] int? page)
    {
        if (string.IsNullOrWhiteSpace(PersonId)) return BadRequest();
        if (RoleNames.Count == 0) ModelState.AddModelError(nameof(RoleNames), T["Give the person at least one role."]);
        if (ModelState.IsValid && await CallAsync(ct => Identity.ChangeRolesAsync(PersonId, new RolesRequest([.. RoleNames]), Bearer, ct)) is { } changed)
            return Done(T["The roles of {0} are changed.", changed.UserName]);
        await LoadAsync(page);
        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync([FromQuery(Name = "page")] int? page)
    {
        if (string.IsNullOrWhiteSpace(PersonId) || Act is not ("deactivation" or "reactivation")) return BadRequest();
        if (await CallAsync(ct => Identity.ChangePersonAsync(PersonId, Act, Bearer, ct)) is { } changed)
            return Done(Act == "deactivation"
                ? T["{0} is deactivated: they can no longer sign in.", changed.UserName]
                : T["{0} is reactivated.", changed.UserName]);
        await LoadAsync(page);
        return Page();
    }

    private async Task LoadAsync(int? page)
    {
        People = await PageAsync(ct => Identity.ListPeopleAsync(OrganisationId, Math.Max(1, page ?? 1), Bearer, ct));
        if (IsAdmin) Organisations = await ActiveOrganisationsAsync();
    }

    protected override string FormField(string serviceField) =>
        Request.Query["handler"] == "Invite" ? InvitationForm.FormField(serviceField)
        : serviceField.StartsWith("roles") ? nameof(RoleNames) : serviceField;
}
