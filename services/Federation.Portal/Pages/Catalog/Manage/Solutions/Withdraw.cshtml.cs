using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;

namespace Federation.Portal.Pages.Catalog.Manage.Solutions;

/// <summary>Withdrawing asks first: the tombstone removes the listing from every member city's catalogue.</summary>
public sealed class WithdrawModel(ICatalogApi catalog, ThisCity city) : ManagedRecordWithdrawPage<SolutionResponse>(new SolutionCatalog(catalog), city)
{
    /// <summary>The record under the name this page's view gives it.</summary>
    public SolutionResponse? Listing => Record;
}
