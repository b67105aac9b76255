using Federation.Contracts;
using Federation.Contracts.Identity;
using Federation.Contracts.Interests;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Interests;

/// <summary>The interests of an agency's challenges, or of a startup's solutions: waiting ones first, then all.</summary>
[Authorize(Roles = $"{Roles.Agency},{Roles.Startup}")]
public sealed class IndexModel(IInterestsApi interests) : PortalPage
{
    public const int PageSize = 20;

    public bool Waiting { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public ResultPage<InterestResponse>? List { get; private set; }

    public async Task OnGetAsync(string? show, [FromQuery(Name = "page")] int? page)
    {
        Waiting = show != "all";
        PageNumber = Math.Max(page ?? 1, 1);
        List = await CallAsync(ct => interests.ListAsync(Waiting ? "waiting" : null, PageNumber, PageSize, ct));
    }
}
