using Federation.Contracts.Catalog;
using Federation.Portal.Clients;

namespace Federation.Portal.Pages.Catalog.Challenges;

/// <summary>Anyone searches every member city's challenges (needs open for trials): the catalogue replicates them all to this city.</summary>
public sealed class IndexModel(ICatalogApi catalog) : CatalogSearchPage<ChallengeResponse>(new ChallengeCatalog(catalog));
