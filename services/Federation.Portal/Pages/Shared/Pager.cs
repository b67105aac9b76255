using Microsoft.AspNetCore.WebUtilities;

namespace Federation.Portal.Pages.Shared;

/// <summary>Where a paged list is: <c>&lt;partial name="_Pager" model="new Pager(page.Page, page.PageSize, page.Total)" /&gt;</c>.</summary>
public sealed record Pager(int Page, int PageSize, int Total)
{
    public int Pages => PageSize <= 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public string Link(HttpRequest request, int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value).ToDictionary(q => q.Key, q => q.Value.ToString());
        query["page"] = page.ToString();
        return request.Path + QueryString.Create(query!).ToUriComponent();
    }
}
