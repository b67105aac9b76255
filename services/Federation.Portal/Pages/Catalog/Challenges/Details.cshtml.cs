using Federation.Contracts.Catalog;
using Federation.Portal.Clients;

namespace Federation.Portal.Pages.Catalog.Challenges;

/// <summary>One challenge of any member city: what the city needs, where, and until when it takes proposals.</summary>
public sealed class DetailsModel(ICatalogApi catalog) : CatalogDetailsPage<ChallengeResponse>(new ChallengeCatalog(catalog));
