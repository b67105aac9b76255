using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Portal.Auth;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Clients;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Awards;

/// <summary>An agency enrols judges among its city's judge-role users; the secretariat hears of each.</summary>
[Authorize(Roles = Roles.Agency)]
public sealed class JudgesModel(IAwardsApi awards, IIdentityApi identity, ThisCity city) : PortalPage
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Expertise { get; set; }

    public IReadOnlyList<JudgeResponse> Judges { get; private set; } = [];

    public async Task OnGetAsync() => Judges = await CallAsync(ct => awards.ListJudgesAsync(ct)) ?? [];

    public async Task<IActionResult> OnPostAsync()
    {
        Judges = await CallAsync(ct => awards.ListJudgesAsync(ct)) ?? [];
        if (string.IsNullOrWhiteSpace(UserName)) ModelState.AddModelError(nameof(UserName), T["Enter the judge's user name."]);
        if (string.IsNullOrWhiteSpace(DisplayName)) ModelState.AddModelError(nameof(DisplayName), T["Enter the name to show for the judge."]);
        if (!ModelState.IsValid) return Page();

        // As the service does: a bare name is this node's user.
        var userName = UserName!.Trim().Contains('@') ? UserName.Trim() : $"{UserName.Trim()}@{city.Id}";
        if (Judges.Any(j => string.Equals(j.UserName, userName, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(UserName), T["{0} is enrolled already.", userName]);
            return Page();
        }
        if (await UserProblemAsync(userName) is { } problem)
        {
            ModelState.AddModelError(nameof(UserName), problem);
            return Page();
        }
        var expertise = (Expertise ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var judge = await CallAsync(ct => awards.EnrolJudgeAsync(new EnrolJudgeRequest(userName, DisplayName!.Trim(), expertise), ct));
        if (judge is null) return Page();
        Confirm(T["{0} ({1}) is enrolled as a judge; the secretariat can now assign entries to them.", judge.DisplayName, judge.UserName]);
        return RedirectToPage();
    }

    /// <summary>
    /// The identity service is asked first so that an unknown user, or one who is no judge, is explained in the
    /// user's language; the awards service checks the same again when it enrols.
    /// </summary>
    private async Task<string?> UserProblemAsync(string userName)
    {
        try
        {
            var user = await identity.GetUserAsync(userName, $"Bearer {User.AccessToken()}", HttpContext.RequestAborted).OrNullIfNotFoundAsync();
            if (user is null)
                return T["This city's node has no user {0}. An agency enrols its own city's users only.", userName];
            if (!user.Roles.Contains(Roles.Judge))
                return T["{0} does not have the judge role, so cannot be enrolled as a judge.", userName];
        }
        catch (Refit.ApiExceptionBase) when (!HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The awards service asks the identity service too, and explains its own refusal.
        }
        return null;
    }

    protected override string FormField(string serviceField) => serviceField.StartsWith("expertise") ? nameof(Expertise) : serviceField;
}
