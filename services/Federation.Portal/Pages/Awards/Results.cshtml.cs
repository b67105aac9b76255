using Federation.Contracts.Awards;
using Federation.Portal.Clients;
using Federation.Portal.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Awards;

/// <summary>Every published cycle's results, newest first, for anyone.</summary>
public sealed class ResultsModel(IAwardsApi awards) : PortalPage
{
    // The service answers the whole list (one cycle a year); the page shows it a few cycles at a time.
    private const int PageSize = 5;

    public IReadOnlyList<ResultsResponse> Cycles { get; private set; } = [];
    public Pager? Pager { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        var all = await CallAsync(ct => awards.ListResultsAsync(ct));
        if (all is null) return;
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        var current = Math.Clamp(page ?? 1, 1, pages);
        Pager = new Pager(current, PageSize, all.Count);
        Cycles = [.. all.Skip((current - 1) * PageSize).Take(PageSize)];
    }
}
