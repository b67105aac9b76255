using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Challenges;

/// <summary>
/// One challenge of any member city: what the city needs, where, and until when it takes proposals; and the solutions
/// of every member city that fit it, with the reasons (the catalog's matchmaking).
/// </summary>
public sealed class DetailsModel(ICatalogApi catalog) : CatalogDetailsPage<ChallengeResponse>(new ChallengeCatalog(catalog))
{
    public const int MatchesShown = 5;

    public IReadOnlyList<SolutionMatch> Matches { get; private set; } = [];

    public override async Task<IActionResult> OnGetAsync(string city, Guid id)
    {
        var page = await base.OnGetAsync(city, id);
        // The challenge is shown even if its matches cannot be had: they are a help, not the record.
        if (Record is not null)
            Matches = await CallAsync(ct => catalog.GetChallengeMatchesAsync(id, city, MatchesShown, ct)) ?? [];
        return page;
    }
}
