using Federation.Contracts.Identity;
using Federation.Contracts;
using Federation.Portal.Auth;
using Federation.Portal.Clients;
using Federation.Portal.Pages.Shared;

namespace Federation.Portal.Pages.Admin;

/// <summary>
/// What the node's directory pages share: they call the identity service as the signed-in user, and read
/// its paged lists with a pager. Each page states who may open it; the service decides every step again.
/// </summary>
public abstract class AdminPage(IIdentityApi identity) : PortalPage
{
    protected IIdentityApi Identity { get; } = identity;

    protected string Bearer => $"Bearer {User.AccessToken()}";

    public Pager? Pager { get; private set; }

    /// <summary>A page of a list, its pager kept for _Pager; empty with <see cref="PortalPage.Problem"/> set on a refusal.</summary>
    protected async Task<IReadOnlyList<T>> PageAsync<T>(Func<CancellationToken, Task<ResultPage<T>>> list)
    {
        var found = await ReadAsync(list);
        if (found is null) return [];
        Pager = new Pager(found.Page, found.PageSize, found.Total);
        return found.Items;
    }

    /// <summary>The city's active organisations, every page of them (a city's directory is short), for a choice of one.</summary>
    protected async Task<IReadOnlyList<OrganisationResponse>> ActiveOrganisationsAsync()
    {
        var all = new List<OrganisationResponse>();
        for (var page = 1; page <= 20; page++)
        {
            var found = await ReadAsync(ct => Identity.ListOrganisationsAsync("active", null, page, Bearer, ct));
            if (found is null) break;
            all.AddRange(found.Items);
            if (page * found.PageSize >= found.Total || found.Items.Count == 0) break;
        }
        return [.. all.OrderBy(o => o.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>A read for the page around a step: a refusal of the step the page just tried stays the one shown.</summary>
    private async Task<T?> ReadAsync<T>(Func<CancellationToken, Task<T>> read) where T : class
    {
        var refused = Problem;
        var found = await CallAsync(read);
        Problem = refused ?? Problem;
        return found;
    }

    protected Microsoft.AspNetCore.Mvc.IActionResult Done(string confirmation)
    {
        Confirm(confirmation);
        // Back to the list as it was shown, not to the form's handler.
        var query = Request.Query.Where(q => q.Key != "handler").Select(q => KeyValuePair.Create(q.Key, q.Value.ToString()));
        return Redirect(Request.Path + QueryString.Create(query!).ToUriComponent());
    }
}
