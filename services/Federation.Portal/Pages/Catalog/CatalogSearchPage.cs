using Federation.Contracts.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog;

/// <summary>Anyone searches every member city's records of one kind: the catalogue replicates them all to this city.</summary>
public abstract class CatalogSearchPage<TResponse>(CatalogRecords<TResponse> records) : PortalPage where TResponse : class
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Domain { get; set; }
    [BindProperty(SupportsGet = true)] public string? City { get; set; }
    // The facets' filters, passed on as given: the catalogue names a bad one in its 400, which the page shows.
    [BindProperty(SupportsGet = true)] public string? Trl { get; set; }
    [BindProperty(SupportsGet = true)] public string? Maturity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Verified { get; set; }
    [BindProperty(SupportsGet = true)] public string? Awarded { get; set; }

    public SearchPage<TResponse>? Results { get; private set; }

    public async Task OnGetAsync()
    {
        var page = CatalogWords.PageOf(Request);
        var query = new CatalogQuery(Blank(Q), Blank(Domain), Blank(City), Blank(Trl), Blank(Maturity), Blank(Verified), Blank(Awarded));
        Results = await CallAsync(ct => records.SearchAsync(query, page, PageSize, ct));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What a catalogue search asks for: the words and each filter, null for none.</summary>
public sealed record CatalogQuery(string? Q = null, string? Domain = null, string? City = null, string? Trl = null,
    string? Maturity = null, string? Verified = null, string? Awarded = null);
