using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;

namespace Federation.Portal.Pages.Catalog.Manage.Challenges;

/// <summary>An agency changes one of its city's challenges (see <see cref="ManagedRecordEditPage{TResponse, TForm}"/>).</summary>
public sealed class EditModel(ICatalogApi catalog, ThisCity city) : ManagedRecordEditPage<ChallengeResponse, ChallengeForm>(new ChallengeCatalog(catalog), city);
