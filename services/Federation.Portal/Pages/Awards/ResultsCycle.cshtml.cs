using Federation.Contracts.Awards;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Awards;

/// <summary>One published cycle's results; 404 when the cycle is unknown here or not published (yet).</summary>
public sealed class ResultsCycleModel(IAwardsApi awards) : PortalPage
{
    public ResultsResponse? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid cycleId)
    {
        Results = await CallAsync(ct => awards.GetResultsAsync(cycleId, ct));
        return Results is null && Problem?.Status == 404 ? NotFound() : Page();
    }
}
