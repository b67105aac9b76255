using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;

namespace Federation.Portal.Pages.Catalog.Manage.Solutions;

/// <summary>An agency lists one of its city's solutions; the catalogue replicates it to every member city.</summary>
public sealed class NewModel(ICatalogApi catalog, ThisCity city) : ManagedRecordNewPage<SolutionResponse, SolutionForm>(new SolutionCatalog(catalog), city)
{
    protected override SolutionForm Defaults() => new() { ProviderHomeCity = City.Id, Maturity = "pilot" };

    protected override string Created(string title) => T["Listed “{0}”. Every member city's catalogue shows it within seconds.", title];
}
