using System.Text.RegularExpressions;
using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Federation.Portal.Pages.Catalog.Manage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Secretariat;

/// <summary>The ranking (table and chart), the shortlist, the winners per label and publication.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed partial class RankingModel(IAwardsApi awards, ISecretariatApi secretariat) : CyclePage(awards)
{
    public RankingResponse? Ranking { get; private set; }
    public IReadOnlyList<EntryResponse> Entries { get; private set; } = [];

    [BindProperty] public List<Guid> FinalistIds { get; set; } = [];
    [BindProperty] public List<WinnerRow> Winners { get; set; } = [];
    [BindProperty] public string? Announcement { get; set; }
    [BindProperty] public string? AnnouncementZhTW { get; set; }
    [BindProperty] public string? AnnouncementKo { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        FinalistIds = Cycle!.Finalists.Count > 0 ? [.. Cycle.Finalists.Select(f => f.EntryId)]
            : [.. Ranked().Where(r => r.Score is not null).Take(Cycle.FinalistCount).Select(r => r.EntryId)];
        Winners = WinnerRow.Prefill(Cycle, Ranked().Select(r => r.EntryId));
        return Page();
    }

    public async Task<IActionResult> OnPostShortlistAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        Winners = WinnerRow.Prefill(Cycle!, Ranked().Select(r => r.EntryId));
        if (FinalistIds.Count == 0) ModelState.AddModelError(nameof(FinalistIds), T["Choose at least one finalist."]);
        if (!ModelState.IsValid) return Page();
        var cycle = await CallAsync(ct => secretariat.ShortlistAsync(id, new ShortlistRequest(FinalistIds), ct));
        if (cycle is null) return Refused();
        Confirm(T["{0} finalists are shortlisted.", cycle.Finalists.Count]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWinnersAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        FinalistIds = [.. Cycle!.Finalists.Select(f => f.EntryId)];
        if (!ModelState.IsValid) return Page();
        var chosen = Chosen();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(Winners), T["Choose at least one winner."]);
            return Page();
        }
        var request = new ChooseWinnersRequest([.. chosen.Select(i => new WinnerChoiceRequest(Winners[i].Label, Winners[i].EntryId, Winners[i].Reason))]);
        var cycle = await CallAsync(ct => secretariat.ChooseWinnersAsync(id, request, ct));
        if (cycle is null) return Refused();
        Confirm(T["{0} winners are chosen; publish the results when you are ready.", cycle.Winners.Count]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        FinalistIds = [.. Cycle!.Finalists.Select(f => f.EntryId)];
        Winners = WinnerRow.Prefill(Cycle, Ranked().Select(r => r.EntryId));
        if (!ModelState.IsValid) return Page();
        if (await CallAsync(ct => secretariat.PublishAsync(id, new PublishRequest(Announcement)
        {
            AnnouncementTranslations = CatalogForm.Languages(null, AnnouncementZhTW, AnnouncementKo),
        }, ct)) is null) return Refused();
        Confirm(T["The results are published; every member city shows them."]);
        return RedirectToPage(new { id });
    }

    /// <summary>The ranked entries, or the nominated ones unranked when the ranking cannot be computed.</summary>
    public IReadOnlyList<RankedEntryResponse> Ranked() => Ranking?.Entries
        ?? [.. Entries.Select(e => new RankedEntryResponse(0, e.Id, e.SolutionId, e.City, e.SolutionTitle, null, 0, 0, 0, 0, [], false))];

    // Rows whose entry is left blank are not choices: the service counts only the rows sent.
    private List<int> Chosen() => [.. Winners.Select((w, i) => (w, i)).Where(x => x.w.EntryId is not null).Select(x => x.i)];

    protected override string FormField(string serviceField)
    {
        if (WinnerField().Match(serviceField) is { Success: true } m)
        {
            var chosen = Chosen();
            var index = int.Parse(m.Groups[1].Value);
            var row = index < chosen.Count ? chosen[index] : index;
            return $"Winners[{row}].{char.ToUpperInvariant(m.Groups[2].Value[0])}{m.Groups[2].Value[1..]}";
        }
        return serviceField switch
        {
            "entryIds" => nameof(FinalistIds),
            "winners" => nameof(Winners),
            "announcement" => nameof(Announcement),
            "announcementTranslations.zh-TW" => nameof(AnnouncementZhTW),
            "announcementTranslations.ko" => nameof(AnnouncementKo),
            _ => serviceField,
        };
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await LoadCycleAsync(id) is { } stop) return stop;
        Entries = await CallAsync(ct => secretariat.ListEntriesAsync(id, ct)) ?? [];
        // Sheets the service cannot rank are shown as its problem, but they are no error of the forms posted.
        Ranking = await CallAsync(ct => secretariat.GetRankingAsync(id, ct));
        if (Ranking is null && Problem is { } unranked)
            foreach (var field in unranked.Errors.Keys) ModelState.Remove(FormField(field));
        return null;
    }

    [GeneratedRegex(@"^winners\[(\d+)\]\.(label|entryId|reason)$")]
    private static partial Regex WinnerField();
}

/// <summary>One award on the winners form: a label, the finalist it goes to, and why when not the ranking's next.</summary>
public sealed class WinnerRow
{
    public string? Label { get; set; }
    public Guid? EntryId { get; set; }
    public string? Reason { get; set; }

    /// <summary>The choices made, else each label to the next finalist in ranking order; as many rows as the cycle has winners.</summary>
    public static List<WinnerRow> Prefill(CycleResponse cycle, IEnumerable<Guid> ranking)
    {
        List<WinnerRow> rows = cycle.Winners.Count > 0
            ? [.. cycle.Winners.Select(w => new WinnerRow { Label = w.Label, EntryId = w.EntryId, Reason = w.Reason })]
            : [.. cycle.Labels.Zip(ranking.Where(r => cycle.Finalists.Any(f => f.EntryId == r)), (l, e) => new WinnerRow { Label = l, EntryId = e })];
        while (rows.Count < Math.Min(Math.Max(cycle.WinnerCount, cycle.Labels.Count), 20))
            rows.Add(new WinnerRow { Label = cycle.Labels.Count > rows.Count ? cycle.Labels[rows.Count] : cycle.Labels.FirstOrDefault() });
        return rows;
    }
}
