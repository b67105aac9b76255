using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;

namespace Federation.Portal.Pages.Catalog.Manage.Challenges;

/// <summary>The challenges this city publishes, which its agencies may change, close or withdraw.</summary>
public sealed class IndexModel(ICatalogApi catalog, ThisCity city) : ManagedRecordIndexPage<ChallengeResponse>(new ChallengeCatalog(catalog), city);
