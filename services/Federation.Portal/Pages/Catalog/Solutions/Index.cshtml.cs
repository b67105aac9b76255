using Federation.Contracts.Catalog;
using Federation.Portal.Clients;

namespace Federation.Portal.Pages.Catalog.Solutions;

/// <summary>Anyone searches every member city's listings: the catalogue replicates them all to this city.</summary>
public sealed class IndexModel(ICatalogApi catalog) : CatalogSearchPage<SolutionResponse>(new SolutionCatalog(catalog));
