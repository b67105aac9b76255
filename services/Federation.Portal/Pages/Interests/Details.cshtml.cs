using Federation.Contracts.Identity;
using Federation.Contracts.Interests;
using Federation.Portal.Auth;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Interests;

/// <summary>One interest: what it joins, its message, and the step that is the caller's (answer it, or apply for the trial).</summary>
[Authorize(Roles = $"{Roles.Agency},{Roles.Startup}")]
public sealed class DetailsModel(IInterestsApi interests, ThisCity city) : PortalPage
{
    public InterestResponse? Interest { get; private set; }

    [BindProperty] public string? Note { get; set; }

    /// <summary>Whether the caller is the side that answers: the challenge city's agency, or the solution's company.</summary>
    public bool Answers => Interest is { } i && (i.From == "solution"
        ? User.IsInRole(Roles.Agency) && i.ChallengeCity == city.Id
        : User.IsInRole(Roles.Startup) && i.SolutionCity == city.Id);

    /// <summary>Whether the caller is the company that may turn the accepted interest into a trial application.</summary>
    public bool Applies => Interest is { Status: "accepted", TrialId: null } i && User.IsInRole(Roles.Startup) && i.SolutionCity == city.Id;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Interest = await CallAsync(ct => interests.GetAsync(id, ct));
        return Interest is null && Problem?.Status == 404 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string answer)
    {
        if (answer is not ("accept" or "decline")) return BadRequest();
        if (await CallAsync(ct => interests.AnswerAsync(id, answer, new AnswerInterestRequest(Note), ct)))
        {
            Confirm(answer == "accept" ? T["You accepted the interest. The other city is told."] : T["You declined the interest. The other city is told."]);
            return RedirectToPage(new { id });
        }
        return await OnGetAsync(id) is NotFoundResult ? NotFound() : Page();
    }

    protected override string FormField(string serviceField) => serviceField == "note" ? nameof(Note) : serviceField;
}
