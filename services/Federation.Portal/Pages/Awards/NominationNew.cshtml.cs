using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;

namespace Federation.Portal.Pages.Awards;

/// <summary>An agency nominates one of its city's listings: the entry goes to the secretariat at once.</summary>
[Authorize(Roles = Roles.Agency)]
public sealed class NominationNewModel(IAwardsApi awards, ICatalogApi catalog, ITrialsApi trials, ThisCity city)
    : EntryFormPage(awards, catalog, trials, city)
{
    public override string SubmitText => T["Submit the nomination"];

    protected override string DoneUrl => "/awards/nominations";

    protected override Task<EntryResponse> SubmitAsync(Guid cycleId, Guid solutionId, IReadOnlyList<Guid> evidence, string statement, CancellationToken ct) =>
        Awards.NominateAsync(new NominateRequest(cycleId, solutionId, evidence, statement), ct);

    protected override string Confirmation(EntryResponse entry) =>
        T["The listing {0} is nominated; the secretariat has been sent the entry.", Localization.LanguageMaps.Pick(entry.SolutionTitle).Text];
}
