using Federation.Contracts.Catalog;
using Federation.Contracts.Identity;
using Federation.Contracts.Trials;
using Federation.Members;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Portal.Pages.Trials;

/// <summary>A startup drafts an application for a trial of one of its city's listings in another member city.</summary>
[Authorize(Roles = Roles.Startup)]
public sealed class ApplyModel(ITrialsApi trials, ICatalogApi catalog, ThisCity city, MemberList members) : PortalPage
{
    /// <summary>No script adds rows, so the form always offers this many; empty rows are left out.</summary>
    public const int KpiRows = 5;

    [BindProperty] public ApplicationForm Input { get; set; } = new();

    /// <summary>The draft being edited; null for a new application.</summary>
    [BindProperty] public Guid? Draft { get; set; }

    public IReadOnlyList<SolutionResponse> Listings { get; private set; } = [];
    public IReadOnlyList<ChallengeResponse> Challenges { get; private set; } = [];

    // Which form row each KPI sent stands for, so that the service's kpis[i] lands beside the right row.
    private List<int> _sentRows = [];

    public async Task<IActionResult> OnGetAsync(string? host, Guid? solution, Guid? challenge, Guid? draft)
    {
        (Input.HostCity, Input.SolutionId, Input.ChallengeId) = (host, solution, challenge);
        if (draft is { } id)
        {
            var trial = await CallAsync(ct => trials.GetAsync(id, ct));
            if (trial is null) return Problem?.Status == 404 ? NotFound() : await AgainAsync();
            // Only a draft is edited; a submitted application is the agency's to decide on.
            if (trial.Status != "draft") return RedirectToPage("Details", new { id });
            (Draft, Input) = (id, ApplicationForm.Of(trial));
            return await AgainAsync();
        }
        // Coming from a challenge of one city (?host=), only that city's challenges are offered.
        await LoadChoicesAsync(host is not null && host != city.Id && members.Contains(host) ? host : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return await AgainAsync();
        var rows = Input.Kpis.Select((k, i) => (k, i)).Where(r => !r.k.IsEmpty).ToList();
        _sentRows = [.. rows.Select(r => r.i)];
        var request = new ApplyForTrialRequest(Input.HostCity, Input.SolutionId, Input.ChallengeId, Input.Goals, Input.RequestedSite,
            [.. rows.Select(r => r.k.ToRequest())], Input.DurationMonths, Input.CostSharePercent);
        var trial = await CallAsync(ct => Draft is { } id ? trials.UpdateDraftAsync(id, request, ct) : trials.ApplyAsync(request, ct));
        if (trial is null) return Problem?.Status == 404 ? NotFound() : await AgainAsync();
        Confirm(Draft is null
            ? T["Your application is saved as a draft. Submit it to your city's agency when it is ready."]
            : T["The draft is saved."]);
        return RedirectToPage("Details", new { id = trial.Id });
    }

    protected override string FormField(string serviceField)
    {
        var field = TrialForms.Field(nameof(Input), serviceField);
        // kpis[2] counts only the rows sent: map it back to the row on the form.
        var match = System.Text.RegularExpressions.Regex.Match(field, @"^Input\.Kpis\[(\d+)\]");
        return match.Success && int.Parse(match.Groups[1].Value) is var sent && sent < _sentRows.Count
            ? $"Input.Kpis[{_sentRows[sent]}]{field[match.Length..]}" : field;
    }

    private async Task<PageResult> AgainAsync()
    {
        await LoadChoicesAsync(null);
        return Page();
    }

    private async Task LoadChoicesAsync(string? host)
    {
        while (Input.Kpis.Count < KpiRows) Input.Kpis.Add(new KpiRow());
        // The choices are a convenience: if the catalogue cannot answer, the page says so and keeps the input.
        var problem = Problem;
        var listings = await CallAsync(ct => catalog.SearchSolutionsAsync(null, null, city.Id, 1, 100, null, ct));
        var challenges = await CallAsync(ct => catalog.SearchChallengesAsync(null, null, host, 1, 100, null, ct));
        Problem = problem ?? Problem;
        Listings = listings?.Items ?? [];
        Challenges = challenges?.Items.Where(c => c.City != city.Id && c.Status == "open").ToList() ?? [];
    }
}

public sealed class ApplicationForm
{
    public string? HostCity { get; set; }
    public Guid? SolutionId { get; set; }
    public Guid? ChallengeId { get; set; }
    public string? Goals { get; set; }
    public string? RequestedSite { get; set; }
    public List<KpiRow> Kpis { get; set; } = [];
    public int? DurationMonths { get; set; } = 5;
    public decimal? CostSharePercent { get; set; }

    public static ApplicationForm Of(TrialResponse t) => new()
    {
        HostCity = t.HostCity, SolutionId = t.SolutionId, ChallengeId = t.ChallengeId, Goals = t.Goals, RequestedSite = t.RequestedSite,
        Kpis = [.. t.ProposedKpis.Select(k => new KpiRow { Name = k.Name, Unit = k.Unit, Baseline = k.Baseline, Target = k.Target, Iso37122 = k.Iso37122 })],
        DurationMonths = t.DurationMonths, CostSharePercent = t.CostSharePercent,
    };
}

public sealed class KpiRow
{
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public string? Iso37122 { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && Baseline is null && Target is null
        && string.IsNullOrWhiteSpace(Iso37122);

    public KpiRequest ToRequest() => new(Name, Unit, Baseline, Target, string.IsNullOrWhiteSpace(Iso37122) ? null : Iso37122);
}
