using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Secretariat;

/// <summary>The panel: the judges the cities enrolled, the entries each is assigned, their scoring progress and conflicts.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class JudgingModel(IAwardsApi awards, ISecretariatApi secretariat) : CyclePage(awards)
{
    public IReadOnlyList<EntryResponse> Entries { get; private set; } = [];
    public IReadOnlyList<JudgeResponse> Judges { get; private set; } = [];
    public ProgressResponse? Progress { get; private set; }

    /// <summary>The judge the posted form was about (its field errors show in that judge's section).</summary>
    [BindProperty] public Guid? JudgeId { get; set; }
    [BindProperty] public Guid? EntryId { get; set; }
    [BindProperty] public List<Guid> EntryIds { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        if (EntryIds.Count == 0) ModelState.AddModelError(nameof(EntryIds), T["Choose at least one entry."]);
        if (!ModelState.IsValid || JudgeId is not { } judgeId) return Page();
        var assignment = await CallAsync(ct => secretariat.AssignAsync(id, new AssignJudgeRequest(judgeId, EntryIds), ct));
        if (assignment is null) return Refused();
        Confirm(T["{0} now has {1} entries to score.", assignment.JudgeName, assignment.Entries.Count]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnassignAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        if (!ModelState.IsValid || JudgeId is not { } judgeId || EntryId is not { } entryId) return Page();
        var assignment = await CallAsync(ct => secretariat.UnassignAsync(id, judgeId, new UnassignEntriesRequest([entryId]), ct));
        if (assignment is null) return Refused();
        Confirm(T["The entry was taken from {0}.", assignment.JudgeName]);
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostExcludeAsync(Guid id) => RuleAsync(id, exclude: true);

    public Task<IActionResult> OnPostCountAsync(Guid id) => RuleAsync(id, exclude: false);

    private async Task<IActionResult> RuleAsync(Guid id, bool exclude)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        if (!ModelState.IsValid || JudgeId is not { } judgeId || EntryId is not { } entryId) return Page();
        var assignment = await CallAsync(ct => secretariat.ExcludeConflictAsync(id, judgeId, entryId, new ExcludeConflictRequest(exclude, Reason), ct));
        if (assignment is null) return Refused();
        Confirm(exclude ? T["{0}'s scores of the entry no longer count.", assignment.JudgeName]
            : T["{0}'s scores of the entry count again.", assignment.JudgeName]);
        return RedirectToPage(new { id });
    }

    protected override string FormField(string serviceField) => serviceField switch
    {
        "entryIds" => nameof(EntryIds),
        "entryId" => nameof(EntryId),
        "reason" => nameof(Reason),
        "judgeId" => nameof(JudgeId),
        _ => serviceField,
    };

    public JudgeProgress? ProgressOf(Guid judgeId) => Progress?.Judges.FirstOrDefault(j => j.JudgeId == judgeId);

    public EntryResponse? Entry(Guid entryId) => Entries.FirstOrDefault(e => e.Id == entryId);

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await LoadCycleAsync(id) is { } stop) return stop;
        Entries = await CallAsync(ct => secretariat.ListEntriesAsync(id, ct)) ?? [];
        Judges = await CallAsync(ct => secretariat.ListJudgesAsync(ct)) ?? [];
        Progress = await CallAsync(ct => secretariat.GetProgressAsync(id, ct));
        return null;
    }
}
