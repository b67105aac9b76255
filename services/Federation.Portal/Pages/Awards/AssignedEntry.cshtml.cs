using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Contracts.Trials;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Awards;

/// <summary>
/// One assigned entry and the judge's score sheet: a score from 0 to 10 (one decimal) and a comment per
/// criterion, saved again as often as needed while judging is open; and the declaration of a conflict.
/// </summary>
[Authorize(Roles = Roles.Judge)]
public sealed class AssignedEntryModel(IAwardsApi awards, ITrialsApi trials) : PortalPage
{
    [BindProperty] public List<ScoreItemRequest> Scores { get; set; } = [];
    [BindProperty] public string? ConflictKind { get; set; }
    [BindProperty] public string? ConflictNote { get; set; }

    public AssignmentResponse? Assignment { get; private set; }
    public CycleResponse? Cycle { get; private set; }
    public AssignedEntryResponse? Entry { get; private set; }
    public IReadOnlyList<VerifiedTrialResponse> Evidence { get; private set; } = [];

    // Which form input each score sent to the service came from (blank ones are not sent).
    private List<int> _sent = [];

    public async Task<IActionResult> OnGetAsync(Guid assignmentId, Guid entryId)
    {
        if (await LoadAsync(assignmentId, entryId) is not true) return Unloaded();
        Scores = [.. Assignment!.Criteria.Select(c => Entry!.Sheet?.Scores.FirstOrDefault(s => s.Criterion == c.Key) is { } s
            ? new ScoreItemRequest(c.Key, s.Value, s.Comment) : new ScoreItemRequest(c.Key, null, null))];
        return Page();
    }

    public async Task<IActionResult> OnPostScoresAsync(Guid assignmentId, Guid entryId)
    {
        if (await LoadAsync(assignmentId, entryId) is not true) return Unloaded();
        var criteria = Assignment!.Criteria;
        // The criteria come from the assignment, not the form: the form's order is theirs.
        while (Scores.Count < criteria.Count) Scores.Add(new ScoreItemRequest(null, null, null));
        var sent = new List<ScoreItemRequest>();
        for (var i = 0; i < criteria.Count; i++)
        {
            var key = $"{nameof(Scores)}[{i}].{nameof(ScoreItemRequest.Value)}";
            if (ModelState[key]?.Errors.Count > 0 || Scores[i].Value is not { } value) continue;
            if (value is < AwardVocabulary.MinScore or > AwardVocabulary.MaxScore) ModelState.AddModelError(key, T["A score runs from 0 to 10."]);
            else if (decimal.Round(value, 1) != value) ModelState.AddModelError(key, T["A score has at most one decimal."]);
            else
            {
                sent.Add(new ScoreItemRequest(criteria[i].Key, value, string.IsNullOrWhiteSpace(Scores[i].Comment) ? null : Scores[i].Comment!.Trim()));
                _sent.Add(i);
            }
        }
        if (ModelState.IsValid && sent.Count == 0) ModelState.AddModelError(nameof(Scores), T["Enter a score for at least one criterion."]);
        if (!ModelState.IsValid) return Page();

        if (await CallAsync(ct => awards.ScoreAsync(assignmentId, entryId, new ScoreRequest(sent), ct)) is null) return Page();
        Confirm(T["Your scores of {0} are saved.", LanguageMaps.Pick(Entry!.Entry.SolutionTitle).Text]);
        return RedirectToPage(new { assignmentId, entryId });
    }

    public async Task<IActionResult> OnPostConflictAsync(Guid assignmentId, Guid entryId)
    {
        if (await LoadAsync(assignmentId, entryId) is not true) return Unloaded();
        // The score sheet shows what is saved, not what another form posted.
        Scores = [.. Assignment!.Criteria.Select(c => new ScoreItemRequest(c.Key, Entry!.Sheet?.Scores.FirstOrDefault(s => s.Criterion == c.Key)?.Value,
            Entry.Sheet?.Scores.FirstOrDefault(s => s.Criterion == c.Key)?.Comment))];
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(Scores))).ToList()) ModelState.Remove(key);
        if (ConflictKind is not ("real" or "apparent" or "potential")) ModelState.AddModelError(nameof(ConflictKind), T["Choose the kind of conflict."]);
        if (string.IsNullOrWhiteSpace(ConflictNote)) ModelState.AddModelError(nameof(ConflictNote), T["Say what the conflict is."]);
        if (!ModelState.IsValid) return Page();

        if (await CallAsync(ct => awards.DeclareConflictAsync(assignmentId, entryId, new DeclareConflictRequest(ConflictKind, ConflictNote!.Trim()), ct)) is null)
            return Page();
        Confirm(T["Your conflict of interest on {0} is declared to the secretariat.", LanguageMaps.Pick(Entry!.Entry.SolutionTitle).Text]);
        return RedirectToPage(new { assignmentId, entryId });
    }

    // The service could not answer: the page says so rather than claiming the entry does not exist.
    private IActionResult Unloaded() => Problem is null ? NotFound() : Page();

    /// <returns>False when the signed-in judge holds no such assignment or entry; null when the service did not answer.</returns>
    private async Task<bool?> LoadAsync(Guid assignmentId, Guid entryId)
    {
        var mine = await CallAsync(ct => awards.MyAssignmentsAsync(ct));
        if (mine is null) return null;
        Assignment = mine.FirstOrDefault(a => a.Id == assignmentId);
        // The city's copy of the cycle, for its name in the page's language (an assignment carries only the English).
        if (Assignment is not null) Cycle = (await CallAsync(ct => awards.ListCyclesAsync(ct)))?.FirstOrDefault(c => c.Id == Assignment.CycleId);
        Entry = Assignment?.Entries.FirstOrDefault(e => e.Entry.EntryId == entryId);
        if (Entry is null) return false;
        if (Entry.Entry.EvidenceTrialIds.Count > 0)
        {
            var found = await CallAsync(ct => trials.ListVerifiedAsync(null, Entry.Entry.SolutionId, 1, 100, ct));
            Evidence = [.. found?.Items.Where(t => Entry.Entry.EvidenceTrialIds.Contains(t.TrialId)) ?? []];
        }
        return true;
    }

    protected override string FormField(string serviceField)
    {
        // "scores[2].value" names the third score sent, which is the form's input _sent[2].
        var match = System.Text.RegularExpressions.Regex.Match(serviceField, @"^scores\[(\d+)\]\.(\w+)$");
        if (match.Success && int.Parse(match.Groups[1].Value) is var i && i < _sent.Count)
            return $"{nameof(Scores)}[{_sent[i]}].{char.ToUpperInvariant(match.Groups[2].Value[0])}{match.Groups[2].Value[1..]}";
        return serviceField switch { "kind" => nameof(ConflictKind), "note" => nameof(ConflictNote), _ => serviceField };
    }
}
