using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;

namespace Federation.Portal.Pages.Catalog.Manage.Solutions;

/// <summary>The listings this city owns, which its agencies may change or withdraw.</summary>
public sealed class IndexModel(ICatalogApi catalog, ThisCity city) : ManagedRecordIndexPage<SolutionResponse>(new SolutionCatalog(catalog), city);
