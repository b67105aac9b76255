using Federation.Members;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;
using Federation.Contracts;
using Federation.Contracts.Trials;

namespace Federation.Portal.Pages.Trials.Verified;

/// <summary>The public record: trials verified in any member city, newest first, optionally those one city hosted.</summary>
public sealed class IndexModel(ITrialsApi trials, MemberList members) : PortalPage
{
    private const int PageSize = 20;

    public string? HostCity { get; private set; }
    public ResultPage<VerifiedTrialResponse>? Trials { get; private set; }

    public async Task OnGetAsync(string? city, [FromQuery(Name = "page")] int? page)
    {
        // A city the member list does not know filters nothing, rather than showing an error for a hand-edited address.
        HostCity = city is not null && members.Contains(city) ? city : null;
        Trials = await CallAsync(ct => trials.ListVerifiedAsync(HostCity, null, Math.Max(page ?? 1, 1), PageSize, ct));
    }
}
