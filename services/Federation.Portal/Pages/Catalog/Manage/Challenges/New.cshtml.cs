using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;

namespace Federation.Portal.Pages.Catalog.Manage.Challenges;

/// <summary>An agency publishes a need of its city; the catalogue replicates it to every member city.</summary>
public sealed class NewModel(ICatalogApi catalog, ThisCity city, TimeProvider time)
    : ManagedRecordNewPage<ChallengeResponse, ChallengeForm>(new ChallengeCatalog(catalog), city)
{
    protected override ChallengeForm Defaults() => new() { Status = "open", Deadline = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddMonths(2)) };

    protected override string Created(string title) => T["Published “{0}”. Every member city's catalogue shows it within seconds.", title];
}
