using Federation.Portal.Clients;
using Microsoft.AspNetCore.Mvc;
using Federation.Contracts;
using Federation.Contracts.Identity;
using Federation.Contracts.Trials;
using Microsoft.AspNetCore.Authorization;

namespace Federation.Portal.Pages.Trials;

/// <summary>
/// A startup's own trials; an agency's work lists: applications to endorse, incoming ones to screen,
/// running trials, or everything this node holds.
/// </summary>
[Authorize(Roles = $"{Roles.Agency},{Roles.Startup}")]
public sealed class IndexModel(ITrialsApi trials) : PortalPage
{
    public static readonly IReadOnlyList<string> Tabs = ["endorse", "incoming", "running", "all"];
    private const int PageSize = 20;

    public string Tab { get; private set; } = "all";
    public ResultPage<TrialSummary>? Trials { get; private set; }

    public async Task OnGetAsync(string? show, [FromQuery(Name = "page")] int? page)
    {
        var agency = User.IsInRole(Roles.Agency);
        Tab = agency && show is not null && Tabs.Contains(show) ? show : "all";
        var (status, side) = Tab switch
        {
            "endorse" => ("submitted", null),
            "incoming" => ("screening", "host"),
            "running" => ("running", (string?)null),
            _ => ((string?)null, (string?)null),
        };
        // A page number that does not bind, or is out of range, shows the first page rather than an error.
        Trials = await CallAsync(ct => trials.ListAsync(status, side, null, Math.Max(page ?? 1, 1), PageSize, ct));
    }
}
