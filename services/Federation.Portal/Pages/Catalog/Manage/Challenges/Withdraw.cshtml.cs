using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;

namespace Federation.Portal.Pages.Catalog.Manage.Challenges;

/// <summary>Withdrawing asks first: the tombstone removes the challenge from every member city's catalogue.</summary>
public sealed class WithdrawModel(ICatalogApi catalog, ThisCity city) : ManagedRecordWithdrawPage<ChallengeResponse>(new ChallengeCatalog(catalog), city);
