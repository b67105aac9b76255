using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Federation.Portal.Pages.Shared;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Awards;

/// <summary>
/// A startup applies with a listing of its city; the application stays in the city until the city's agency
/// endorses it. The startup sees its organisation's applications and may withdraw one.
/// </summary>
[Authorize(Roles = Roles.Startup)]
public sealed class ApplyModel(IAwardsApi awards, ICatalogApi catalog, ITrialsApi trials, ThisCity city)
    : EntryFormPage(awards, catalog, trials, city)
{
    private const int PageSize = 20;

    public IReadOnlyList<EntryResponse> Applications { get; private set; } = [];
    public Pager? Pager { get; private set; }

    public override string SubmitText => T["Submit the application"];

    protected override string DoneUrl => "/awards/apply";

    protected override Task<EntryResponse> SubmitAsync(Guid cycleId, Guid solutionId, IReadOnlyList<Guid> evidence, string statement, CancellationToken ct) =>
        Awards.ApplyAsync(new ApplyForNominationRequest(cycleId, solutionId, evidence, statement), ct);

    protected override string Confirmation(EntryResponse entry) =>
        T["Your application with {0} is sent to this city's agency, which decides whether to nominate it.", LanguageMaps.Pick(entry.SolutionTitle).Text];

    protected override async Task ShowMoreAsync()
    {
        var page = int.TryParse(Request.Query["page"], out var p) ? Math.Max(1, p) : 1;
        var found = await CallAsync(ct => Awards.ListEntriesAsync(null, null, page, PageSize, ct));
        if (found is null) return;
        Applications = found.Items;
        Pager = new Pager(found.Page, found.PageSize, found.Total);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        var entry = await CallAsync(ct => Awards.WithdrawAsync(id, new WithdrawEntryRequest(null), ct));
        if (entry is null)
        {
            if (Problem?.Status == 404) return NotFound();
            await LoadAsync();
            await ShowMoreAsync();
            return Page();
        }
        Confirm(T["Your application with {0} is withdrawn.", LanguageMaps.Pick(entry.SolutionTitle).Text]);
        return Redirect(DoneUrl);
    }
}
