using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Challenges;

/// <summary>Anyone searches every member city's challenges (needs open for trials): the catalogue replicates them all to this city.</summary>
public sealed class IndexModel(ICatalogApi catalog) : PortalPage
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Domain { get; set; }
    [BindProperty(SupportsGet = true)] public string? City { get; set; }

    public ResultPage<ChallengeResponse>? Results { get; private set; }

    public async Task OnGetAsync()
    {
        var page = CatalogWords.PageOf(Request);
        Results = await CallAsync(ct => catalog.SearchChallengesAsync(Blank(Q), Blank(Domain), Blank(City), page, PageSize, ct));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
