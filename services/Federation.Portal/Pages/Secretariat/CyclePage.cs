using Federation.Contracts.Awards;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Secretariat;

/// <summary>A page about one cycle: an unknown id is a 404 page; an unreachable service shows the page with its problem.</summary>
public abstract class CyclePage(IAwardsApi awards) : PortalPage
{
    /// <summary>Null only when the service could not answer (the page shows the problem alone).</summary>
    public CycleResponse? Cycle { get; private set; }

    /// <summary>Null when the cycle was read; otherwise what the handler answers.</summary>
    protected async Task<IActionResult?> LoadCycleAsync(Guid id)
    {
        Cycle = await CallAsync(ct => awards.GetCycleAsync(id, ct));
        if (Cycle is not null) return null;
        return Problem?.Status == 404 ? NotFound() : Page();
    }

    /// <summary>After a refused step: 404 for a cycle gone meanwhile, else the page again with the problem and the input.</summary>
    protected IActionResult Refused() => Problem?.Status == 404 ? NotFound() : Page();
}
