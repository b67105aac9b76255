using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Manage.Challenges;

/// <summary>The challenges this city publishes, which its agencies may change, close or withdraw.</summary>
[Authorize(Roles = Roles.Agency)]
public sealed class IndexModel(ICatalogApi catalog, ThisCity city) : PortalPage
{
    public const int PageSize = 20;


    public ResultPage<ChallengeResponse>? Results { get; private set; }

    public async Task OnGetAsync()
    {
        var page = CatalogWords.PageOf(Request);
        Results = await CallAsync(ct => catalog.SearchChallengesAsync(null, null, city.Id, page, PageSize, ct));
    }
}
