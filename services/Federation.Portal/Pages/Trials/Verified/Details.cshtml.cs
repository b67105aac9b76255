using Federation.Contracts.Trials;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Trials.Verified;

/// <summary>One verified trial as every city holds it: parties, KPI results, verdict, outcome and its certificate.</summary>
public sealed class DetailsModel(ITrialsApi trials) : PortalPage
{
    public VerifiedTrialResponse? Trial { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Trial = await CallAsync(ct => trials.GetVerifiedAsync(id, ct));
        return Trial is null && Problem?.Status == 404 ? NotFound() : Page();
    }
}
