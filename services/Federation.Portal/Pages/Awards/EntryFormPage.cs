using Federation.Contracts.Awards;
using Federation.Contracts.Catalog;
using Federation.Contracts.Trials;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Awards;

/// <summary>
/// Entering one of this city's listings in an open cycle, in two steps: a GET form picks the cycle and the
/// listing (so that the listing's verified trials can be offered as evidence without a script), then the
/// statement and the evidence are posted. An agency's entry is a nomination, a startup's an application.
/// </summary>
public abstract class EntryFormPage(IAwardsApi awards, ICatalogApi catalog, ITrialsApi trials, ThisCity city) : PortalPage
{
    // A city lists its own solutions by the dozen; a search narrows a longer list.
    private const int ListingsShown = 100;

    [BindProperty(SupportsGet = true)] public Guid? CycleId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? SolutionId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public string? Statement { get; set; }
    [BindProperty] public List<Guid> EvidenceTrialIds { get; set; } = [];

    public IReadOnlyList<CycleResponse> OpenCycles { get; private set; } = [];
    public IReadOnlyList<SolutionResponse> Listings { get; private set; } = [];
    public bool MoreListings { get; private set; }
    public CycleResponse? Cycle { get; private set; }
    public SolutionResponse? Solution { get; private set; }
    public IReadOnlyList<VerifiedTrialResponse> Trials { get; private set; } = [];

    /// <summary>Both chosen: the second step (statement and evidence) is shown.</summary>
    public bool Chosen => Cycle is not null && Solution is not null;

    protected IAwardsApi Awards => awards;

    /// <summary>Where the entry is sent and what the confirmation says.</summary>
    protected abstract Task<EntryResponse> SubmitAsync(Guid cycleId, Guid solutionId, IReadOnlyList<Guid> evidence, string statement, CancellationToken ct);

    protected abstract string Confirmation(EntryResponse entry);

    protected abstract string DoneUrl { get; }

    /// <summary>The second step's button, distinct from every other on the page.</summary>
    public abstract string SubmitText { get; }

    /// <summary>What else the page shows beside the form (a startup's own applications).</summary>
    protected virtual Task ShowMoreAsync() => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await ShowMoreAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        // Without both chosen there is nothing to post to; a service that did not answer is shown, not hidden.
        if (!Chosen) return Problem is null ? NotFound() : Page();
        if (string.IsNullOrWhiteSpace(Statement)) ModelState.AddModelError(nameof(Statement), T["Write why the solution deserves the award."]);
        if (Cycle!.RequiresVerifiedTrial && EvidenceTrialIds.Count == 0)
            ModelState.AddModelError(nameof(EvidenceTrialIds), T["This cycle asks every entry to cite at least one verified inter-city trial."]);
        if (!ModelState.IsValid) return Page();
        var entry = await CallAsync(ct => SubmitAsync(Cycle!.Id, Solution!.Id, EvidenceTrialIds, Statement!.Trim(), ct));
        if (entry is null) return Page();
        Confirm(Confirmation(entry));
        return Redirect(DoneUrl);
    }

    /// <returns>False when a chosen cycle or listing is not one this city holds (the page is then a 404).</returns>
    protected async Task<bool> LoadAsync()
    {
        // A malformed id in the address is an unknown one.
        if (ModelState.TryGetValue(nameof(CycleId), out var c) && c.Errors.Count > 0) return false;
        if (ModelState.TryGetValue(nameof(SolutionId), out var s) && s.Errors.Count > 0) return false;

        var cycles = await CallAsync(ct => awards.ListCyclesAsync(ct));
        if (cycles is null) return true;
        OpenCycles = [.. cycles.Where(x => x.Status == "nominating")];
        if (CycleId is { } cycleId)
        {
            Cycle = cycles.FirstOrDefault(x => x.Id == cycleId);
            if (Cycle is null) return false;
        }
        if (SolutionId is { } solutionId)
        {
            Solution = await CallAsync(ct => catalog.GetSolutionAsync(solutionId, city.Id, ct));
            if (Solution is null) return Problem?.Status != 404;
        }
        if (Chosen)
        {
            var found = await CallAsync(ct => trials.ListVerifiedAsync(null, Solution!.Id, 1, ListingsShown, ct));
            // Only trials that passed, of this city's solution, count as evidence for the awards service.
            Trials = [.. found?.Items.Where(t => t.Verdict == "passed" && t.HomeCity == city.Id) ?? []];
        }
        else
        {
            var page = await CallAsync(ct => catalog.SearchSolutionsAsync(string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), null, city.Id, 1, ListingsShown, null, ct));
            Listings = [.. page?.Items.Where(x => x.City == city.Id) ?? []];
            MoreListings = page?.Total > ListingsShown;
        }
        return true;
    }
}
