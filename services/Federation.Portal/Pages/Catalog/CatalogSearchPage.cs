using Federation.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog;

/// <summary>Anyone searches every member city's records of one kind: the catalogue replicates them all to this city.</summary>
public abstract class CatalogSearchPage<TResponse>(CatalogRecords<TResponse> records) : PortalPage where TResponse : class
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Domain { get; set; }
    [BindProperty(SupportsGet = true)] public string? City { get; set; }

    public ResultPage<TResponse>? Results { get; private set; }

    public async Task OnGetAsync()
    {
        var page = CatalogWords.PageOf(Request);
        Results = await CallAsync(ct => records.SearchAsync(Blank(Q), Blank(Domain), Blank(City), page, PageSize, ct));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
