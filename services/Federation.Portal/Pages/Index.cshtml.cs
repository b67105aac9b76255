using Federation.Contracts.Catalog;
using Federation.Portal.Clients;

namespace Federation.Portal.Pages;

/// <summary>The start page: a search box and what is new in every member city's catalogue.</summary>
public sealed class IndexModel(ICatalogApi catalog) : PortalPage
{
    public const int Shown = 6;

    public IReadOnlyList<SolutionResponse> Solutions { get; private set; } = [];
    public IReadOnlyList<ChallengeResponse> OpenChallenges { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var solutions = await CallAsync(ct => catalog.SearchSolutionsAsync(null, null, null, 1, Shown, null, ct));
        // The search has no status filter: the newest page holds enough open ones to show a few.
        var challenges = await CallAsync(ct => catalog.SearchChallengesAsync(null, null, null, 1, 30, null, ct));
        Solutions = solutions?.Items ?? [];
        OpenChallenges = challenges?.Items.Where(c => c.Status == "open").Take(Shown).ToList() ?? [];
    }
}
