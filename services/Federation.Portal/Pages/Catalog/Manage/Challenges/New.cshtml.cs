using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Manage.Challenges;

/// <summary>An agency publishes a need of its city; the catalogue replicates it to every member city.</summary>
[Authorize(Roles = Roles.Agency)]
public sealed class NewModel(ICatalogApi catalog, TimeProvider time) : PortalPage
{
    [BindProperty] public ChallengeForm Input { get; set; } = new();

    public void OnGet() => Input = new ChallengeForm { Status = "open", Deadline = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddMonths(2)) };

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Check(ModelState, T);
        if (!ModelState.IsValid) return Page();
        var published = await CallAsync(ct => catalog.CreateChallengeAsync(Input.ToRequest(), ct));
        if (published is null) return Page();
        Confirm(T["Published “{0}”. Every member city's catalogue shows it within seconds.", LanguageMaps.Pick(published.Title).Text]);
        return Redirect("/manage/challenges");
    }

    protected override string FormField(string serviceField) => CatalogForm.FormField(serviceField);
}
