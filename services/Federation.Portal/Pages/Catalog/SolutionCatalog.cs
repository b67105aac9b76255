using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.Portal.Pages.Catalog.Manage.Solutions;

namespace Federation.Portal.Pages.Catalog;

/// <summary>The catalogue's calls for listings, for the pages that show and manage them.</summary>
public sealed class SolutionCatalog(ICatalogApi catalog) : CatalogRecords<SolutionResponse, SolutionForm>
{
    public override string ManagePath => "/manage/solutions";
    public override IReadOnlyDictionary<string, string> Title(SolutionResponse record) => record.Title;
    public override Task<SolutionResponse> GetAsync(Guid id, string city, CancellationToken ct) => catalog.GetSolutionAsync(id, city, ct);
    public override Task<SearchPage<SolutionResponse>> SearchAsync(CatalogQuery query, int page, int pageSize, CancellationToken ct) =>
        catalog.SearchSolutionsAsync(query.Q, query.Domain, query.City, page, pageSize, Estimated, ct,
            query.Trl, query.Maturity, query.Verified, query.Awarded);
    public override Task WithdrawAsync(Guid id, CancellationToken ct) => catalog.WithdrawSolutionAsync(id, ct);
    public override SolutionForm FormOf(SolutionResponse record) => SolutionForm.From(record);
    public override Task<SolutionResponse> CreateAsync(SolutionForm form, CancellationToken ct) => catalog.CreateSolutionAsync(form.ToRequest(), ct);
    public override Task<SolutionResponse> UpdateAsync(Guid id, SolutionForm form, SolutionResponse current, CancellationToken ct) =>
        catalog.UpdateSolutionAsync(id, form.ToUpdate(current), ct);
}
