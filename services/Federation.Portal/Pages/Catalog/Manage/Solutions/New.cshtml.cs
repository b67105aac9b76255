using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Manage.Solutions;

/// <summary>An agency lists one of its city's solutions; the catalogue replicates it to every member city.</summary>
[Authorize(Roles = Roles.Agency)]
public sealed class NewModel(ICatalogApi catalog, ThisCity city) : PortalPage
{
    [BindProperty] public SolutionForm Input { get; set; } = new();

    public void OnGet() => Input = new SolutionForm { ProviderHomeCity = city.Id, Maturity = "pilot" };

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Check(ModelState, T);
        if (!ModelState.IsValid) return Page();
        var listed = await CallAsync(ct => catalog.CreateSolutionAsync(Input.ToRequest(), ct));
        if (listed is null) return Page();
        Confirm(T["Listed “{0}”. Every member city's catalogue shows it within seconds.", LanguageMaps.Pick(listed.Title).Text]);
        return Redirect("/manage/solutions");
    }

    protected override string FormField(string serviceField) => CatalogForm.FormField(serviceField);
}
