using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Solutions;

/// <summary>One listing of any member city, with where it was verified and what it won, and the open challenges of the network it fits.</summary>
public sealed class DetailsModel(ICatalogApi catalog) : CatalogDetailsPage<SolutionResponse>(new SolutionCatalog(catalog))
{
    public const int MatchesShown = 5;

    /// <summary>The record under the name this page's view gives it.</summary>
    public SolutionResponse? Solution => Record;

    public IReadOnlyList<ChallengeMatch> Matches { get; private set; } = [];

    public override async Task<IActionResult> OnGetAsync(string city, Guid id)
    {
        var page = await base.OnGetAsync(city, id);
        // The listing is shown even if its matches cannot be had: they are a help, not the record.
        if (Record is not null)
            Matches = await CallAsync(ct => catalog.GetSolutionMatchesAsync(id, city, MatchesShown, ct)) ?? [];
        return page;
    }
}
