using Federation.Contracts.Catalog;
using Federation.Portal.Clients;

namespace Federation.Portal.Pages.Catalog.Solutions;

/// <summary>One listing of any member city, with where it was verified and what it won.</summary>
public sealed class DetailsModel(ICatalogApi catalog) : CatalogDetailsPage<SolutionResponse>(new SolutionCatalog(catalog))
{
    /// <summary>The record under the name this page's view gives it.</summary>
    public SolutionResponse? Solution => Record;
}
