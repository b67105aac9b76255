using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Manage.Solutions;

/// <summary>The listings this city owns, which its agencies may change or withdraw.</summary>
[Authorize(Roles = Roles.Agency)]
public sealed class IndexModel(ICatalogApi catalog, ThisCity city) : PortalPage
{
    public const int PageSize = 20;


    public ResultPage<SolutionResponse>? Results { get; private set; }

    public async Task OnGetAsync()
    {
        var page = CatalogWords.PageOf(Request);
        Results = await CallAsync(ct => catalog.SearchSolutionsAsync(null, null, city.Id, page, PageSize, ct));
    }
}
