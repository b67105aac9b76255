using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Admin;

/// <summary>The node's audit log for its admins, newest first: who did what to whom, when, and what changed.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class AuditModel(IIdentityApi identity) : AdminPage(identity)
{
    /// <summary>Only the entries of one record, e.g. <c>person/{id}</c>.</summary>
    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }

    public IReadOnlyList<AuditEntryResponse> Entries { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        ModelState.Clear();
        Entries = await PageAsync(ct => Identity.ListAuditAsync(string.IsNullOrWhiteSpace(Subject) ? null : Subject.Trim(), Math.Max(1, page ?? 1), Bearer, ct));
    }
}
