using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;

namespace Federation.Portal.Pages.Secretariat;

[Authorize(Roles = Roles.Secretariat)]
public sealed class CyclesModel(IAwardsApi awards) : PortalPage
{
    public IReadOnlyList<CycleResponse> Cycles { get; private set; } = [];

    // A handful of cycles a year at most: the service answers them all, newest first.
    public async Task OnGetAsync() => Cycles = await CallAsync(ct => awards.ListCyclesAsync(ct)) ?? [];
}
