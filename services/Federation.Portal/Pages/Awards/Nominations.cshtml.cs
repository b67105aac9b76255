using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Federation.Portal.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Awards;

/// <summary>
/// The agency's award desk: the open calls, and this city's entries with the steps still possible on each
/// (endorse or decline a startup's application, withdraw before judging opens).
/// </summary>
[Authorize(Roles = Roles.Agency)]
public sealed class NominationsModel(IAwardsApi awards) : PortalPage
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public Guid? CycleId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    // One POST for the three steps: the button's form says which step on which entry.
    [BindProperty] public string? Act { get; set; }
    [BindProperty] public Guid? EntryId { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<CycleResponse> Cycles { get; private set; } = [];
    public IReadOnlyList<EntryResponse> Entries { get; private set; } = [];
    public Pager? Pager { get; private set; }

    public IEnumerable<CycleResponse> Calls => Cycles.Where(c => c.Status is "announced" or "nominating");

    public CycleResponse? CycleOf(EntryResponse e) => Cycles.FirstOrDefault(c => c.Id == e.CycleId);

    /// <summary>The service refuses a withdrawal once judging opened; the button is not offered then.</summary>
    public bool CanWithdraw(EntryResponse e) =>
        e.Status is "applied" or "nominated" && CycleOf(e)?.Status is null or "announced" or "nominating" or "assigning";

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        // A malformed filter in the address is no filter: the list is shown whole rather than an error.
        ModelState.Clear();
        await LoadAsync(page);
    }

    public async Task<IActionResult> OnPostAsync([FromQuery(Name = "page")] int? page)
    {
        if (EntryId is not { } id || Act is not ("endorse" or "decline" or "withdraw")) return BadRequest();
        if (Act == "decline" && string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), T["Say why the application is declined."]);
        if (ModelState.IsValid)
        {
            var entry = await CallAsync(ct => Act switch
            {
                "endorse" => awards.EndorseAsync(id, new EndorseNominationRequest(Blank(Note)), ct),
                "decline" => awards.DeclineAsync(id, new DeclineNominationRequest(Reason!.Trim()), ct),
                _ => awards.WithdrawAsync(id, new WithdrawEntryRequest(Blank(Reason)), ct),
            });
            if (entry is not null)
            {
                var title = LanguageMaps.Pick(entry.SolutionTitle).Text;
                Confirm(Act switch
                {
                    "endorse" => T["{0} is endorsed: it is now this city's nomination, sent to the secretariat.", title],
                    "decline" => T["The application of {0} is declined.", title],
                    _ => T["The entry of {0} is withdrawn.", title],
                });
                return Redirect(Request.Path + Request.QueryString);
            }
            if (Problem?.Status == 404) return NotFound();
        }
        await LoadAsync(page);
        return Page();
    }

    private async Task LoadAsync(int? page)
    {
        // A refusal of the step above stays the one shown; the lists below are read regardless.
        var refused = Problem;
        Cycles = await CallAsync(ct => awards.ListCyclesAsync(ct)) ?? [];
        var found = await CallAsync(ct => awards.ListEntriesAsync(CycleId, string.IsNullOrWhiteSpace(Status) ? null : Status, Math.Max(1, page ?? 1), PageSize, ct));
        if (found is not null)
        {
            Entries = found.Items;
            Pager = new Pager(found.Page, found.PageSize, found.Total);
        }
        Problem = refused ?? Problem;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
