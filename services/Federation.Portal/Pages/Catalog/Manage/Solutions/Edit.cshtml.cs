using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;

namespace Federation.Portal.Pages.Catalog.Manage.Solutions;

/// <summary>An agency changes one of its city's listings (see <see cref="ManagedRecordEditPage{TResponse, TForm}"/>).</summary>
public sealed class EditModel(ICatalogApi catalog, ThisCity city) : ManagedRecordEditPage<SolutionResponse, SolutionForm>(new SolutionCatalog(catalog), city);
