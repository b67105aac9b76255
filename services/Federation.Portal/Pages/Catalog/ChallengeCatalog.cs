using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.Portal.Pages.Catalog.Manage.Challenges;

namespace Federation.Portal.Pages.Catalog;

/// <summary>The catalogue's calls for challenges, for the pages that show and manage them.</summary>
public sealed class ChallengeCatalog(ICatalogApi catalog) : CatalogRecords<ChallengeResponse, ChallengeForm>
{
    public override string ManagePath => "/manage/challenges";
    public override IReadOnlyDictionary<string, string> Title(ChallengeResponse record) => record.Title;
    public override Task<ChallengeResponse> GetAsync(Guid id, string city, CancellationToken ct) => catalog.GetChallengeAsync(id, city, ct);
    // A challenge has no readiness, verification or award: the listing filters do not apply to it.
    public override Task<SearchPage<ChallengeResponse>> SearchAsync(CatalogQuery query, int page, int pageSize, CancellationToken ct) =>
        catalog.SearchChallengesAsync(query.Q, query.Domain, query.City, page, pageSize, Estimated, ct);
    public override Task WithdrawAsync(Guid id, CancellationToken ct) => catalog.WithdrawChallengeAsync(id, ct);
    public override ChallengeForm FormOf(ChallengeResponse record) => ChallengeForm.From(record);
    public override Task<ChallengeResponse> CreateAsync(ChallengeForm form, CancellationToken ct) => catalog.CreateChallengeAsync(form.ToRequest(), ct);
    public override Task<ChallengeResponse> UpdateAsync(Guid id, ChallengeForm form, ChallengeResponse current, CancellationToken ct) =>
        catalog.UpdateChallengeAsync(id, form.ToUpdate(current), ct);
}
