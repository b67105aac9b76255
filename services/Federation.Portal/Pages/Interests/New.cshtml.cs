using Federation.Contracts.Catalog;
using Federation.Contracts.Identity;
using Federation.Contracts.Interests;
using Federation.Portal.Auth;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Interests;

/// <summary>
/// "We want to talk": a startup, from one of its solutions to another city's challenge (<c>?challengeCity=&amp;challengeId=</c>),
/// or an agency, from one of its city's open challenges to another city's solution (<c>?solutionCity=&amp;solutionId=</c>).
/// </summary>
[Authorize(Roles = $"{Roles.Agency},{Roles.Startup}")]
public sealed class NewModel(IInterestsApi interests, ICatalogApi catalog, ThisCity city) : PortalPage
{
    [BindProperty] public InterestForm Input { get; set; } = new();

    /// <summary>The other side's record, shown as what the interest is in.</summary>
    public SolutionResponse? OtherSolution { get; private set; }
    public ChallengeResponse? OtherChallenge { get; private set; }

    /// <summary>The caller's own records to choose from.</summary>
    public IReadOnlyList<SolutionResponse> OwnSolutions { get; private set; } = [];
    public IReadOnlyList<ChallengeResponse> OwnChallenges { get; private set; } = [];

    public bool FromSolution => User.IsInRole(Roles.Startup) && !User.IsInRole(Roles.Agency);

    public async Task<IActionResult> OnGetAsync(string? solutionCity, Guid? solutionId, string? challengeCity, Guid? challengeId)
    {
        (Input.SolutionCity, Input.SolutionId, Input.ChallengeCity, Input.ChallengeId) = (solutionCity, solutionId, challengeCity, challengeId);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new ExpressInterestRequest(Input.SolutionId, FromSolution ? null : Input.SolutionCity, Input.ChallengeId,
            FromSolution ? Input.ChallengeCity : null, Input.Message);
        if (ModelState.IsValid && await CallAsync(ct => interests.ExpressAsync(request, ct)) is { } sent)
        {
            Confirm(T["Your interest is sent. You will be notified of the answer."]);
            return RedirectToPage("Details", new { id = sent.Id });
        }
        return await ShowAsync();
    }

    protected override string FormField(string serviceField) => $"{nameof(Input)}.{char.ToUpperInvariant(serviceField[0])}{serviceField[1..]}";

    private async Task<IActionResult> ShowAsync()
    {
        var problem = Problem;
        if (FromSolution)
        {
            if (Input.ChallengeId is { } id && !string.IsNullOrEmpty(Input.ChallengeCity))
                OtherChallenge = await CallAsync(ct => catalog.GetChallengeAsync(id, Input.ChallengeCity, ct));
            var organisation = User.OrganisationId();
            OwnSolutions = (await CallAsync(ct => catalog.SearchSolutionsAsync(null, null, city.Id, 1, 100, null, ct)))?.Items
                .Where(s => s.Provider.OrganisationId == organisation).ToList() ?? [];
        }
        else
        {
            if (Input.SolutionId is { } id && !string.IsNullOrEmpty(Input.SolutionCity))
                OtherSolution = await CallAsync(ct => catalog.GetSolutionAsync(id, Input.SolutionCity, ct));
            OwnChallenges = (await CallAsync(ct => catalog.SearchChallengesAsync(null, null, city.Id, 1, 100, null, ct)))?.Items
                .Where(c => c.Status == "open").ToList() ?? [];
        }
        Problem = problem ?? Problem;
        return Page();
    }
}

public sealed class InterestForm
{
    public string? SolutionCity { get; set; }
    public Guid? SolutionId { get; set; }
    public string? ChallengeCity { get; set; }
    public Guid? ChallengeId { get; set; }
    public string? Message { get; set; }
}
