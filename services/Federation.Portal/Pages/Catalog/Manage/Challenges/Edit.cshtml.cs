using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Manage.Challenges;

/// <summary>
/// An agency changes one of its city's challenges. The form carries the version it was read at, so a change
/// someone saved meanwhile is a 409 shown to the user rather than silently overwritten.
/// </summary>
[Authorize(Roles = Roles.Agency)]
public sealed class EditModel(ICatalogApi catalog, ThisCity city) : PortalPage
{
    [BindProperty] public ChallengeForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var challenge = await CallAsync(ct => catalog.GetChallengeAsync(id, city.Id, ct));
        if (challenge is null) return Problem?.Status is 400 or 404 ? NotFound() : Page();
        Input = ChallengeForm.From(challenge);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Input.Check(ModelState, T);
        if (!ModelState.IsValid) return Page();
        var update = Input.ToUpdate();
        // Languages this form has no input for (added through the API) are kept as they are.
        var current = await CallAsync(ct => catalog.GetChallengeAsync(id, city.Id, ct));
        if (current is null) return Problem?.Status is 400 or 404 ? NotFound() : Page();
        update = update with
        {
            Title = CatalogForm.KeepOtherLanguages(update.Title!, current.Title),
            Description = CatalogForm.KeepOtherLanguages(update.Description!, current.Description),
        };
        var changed = await CallAsync(ct => catalog.UpdateChallengeAsync(id, update, ct));
        if (changed is null) return Page();
        Confirm(T["Saved the changes to “{0}”.", LanguageMaps.Pick(changed.Title).Text]);
        return Redirect("/manage/challenges");
    }

    protected override string FormField(string serviceField) => CatalogForm.FormField(serviceField);
}
