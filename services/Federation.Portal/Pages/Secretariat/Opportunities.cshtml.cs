using System.Text;
using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Contracts.Identity;
using Federation.Contracts.Interests;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Federation.ServiceDefaults.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Secretariat;

/// <summary>
/// GO SMART's opportunity report, which the secretariat wrote by hand: the network's open challenges that no solution
/// fits, and the interests waiting for an answer; as a page and as CSV.
/// </summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class OpportunitiesModel(ICatalogApi catalog, IInterestsApi interests) : PortalPage
{
    /// <summary>Waiting interests the report lists; the network's secretariat sees them all.</summary>
    public const int InterestsShown = 100;

    public IReadOnlyList<ChallengeResponse> Unmatched { get; private set; } = [];
    public ResultPage<InterestResponse>? Waiting { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        if (Problem is not null) return Page();
        var csv = new StringBuilder(Csv.Row("kind", "city", "title", "other city", "other record", "from", "since", "deadline", "link"));
        foreach (var c in Unmatched)
            csv.Append(Csv.Row("challenge without a candidate", c.City, LanguageMaps.Pick(c.Title).Text, null, null, c.HostAgency,
                Catalog.CatalogWords.Date(c.PublishedAt), c.Deadline.ToString("yyyy-MM-dd"), $"/challenges/{c.City}/{c.Id}"));
        foreach (var i in Waiting?.Items ?? [])
            csv.Append(Csv.Row("interest waiting", i.ChallengeCity, LanguageMaps.Pick(i.ChallengeTitle).Text, i.SolutionCity,
                LanguageMaps.Pick(i.SolutionTitle).Text, i.ExpressedBy, Catalog.CatalogWords.Date(i.ExpressedAt), null, $"/interests/{i.Id}"));
        // With a byte order mark, so that spreadsheet programs read the Chinese and Korean titles as UTF-8.
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "opportunities.csv");
    }


    private async Task LoadAsync()
    {
        Unmatched = await CallAsync(ct => catalog.GetUnmatchedChallengesAsync(ct)) ?? [];
        Waiting = await CallAsync(ct => interests.ReportAsync("waiting", 1, InterestsShown, ct));
    }
}
