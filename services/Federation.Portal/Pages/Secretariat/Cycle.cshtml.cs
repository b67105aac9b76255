using Federation.Contracts.Awards;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Secretariat;

/// <summary>A cycle's terms and windows, which the secretariat moves, and the entries every city nominated.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class CycleModel(IAwardsApi awards, ISecretariatApi secretariat, TimeProvider time) : CyclePage(awards)
{
    public IReadOnlyList<EntryResponse> Entries { get; private set; } = [];

    [BindProperty] public ScheduleForm Schedule { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        if (!ModelState.IsValid) return Page();
        // Only the times the user changed: a closed window sent back as shown (to the minute) would count as moved.
        var shown = ScheduleForm.Of(Cycle!);
        var request = new RescheduleRequest(
            Schedule.NominationCloses == shown.NominationCloses ? null : SecretariatWords.Utc(Schedule.NominationCloses),
            Schedule.JudgingOpens == shown.JudgingOpens ? null : SecretariatWords.Utc(Schedule.JudgingOpens),
            Schedule.JudgingCloses == shown.JudgingCloses ? null : SecretariatWords.Utc(Schedule.JudgingCloses));
        if (request == new RescheduleRequest(null, null, null))
        {
            ModelState.AddModelError("Schedule", T["Change at least one of the times."]);
            return Page();
        }
        return await RescheduleAsync(id, request, T["The windows were moved; every city hears of it."]);
    }

    public async Task<IActionResult> OnPostCloseNominationsAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        return await RescheduleAsync(id, new RescheduleRequest(time.GetUtcNow(), null, null), T["Nominations are closed."]);
    }

    public async Task<IActionResult> OnPostOpenJudgingAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        var now = time.GetUtcNow();
        // Judging opens once nominations have closed: close them as well while they are open.
        var closeNominations = Cycle!.Nomination.Closes > now ? now : (DateTimeOffset?)null;
        return await RescheduleAsync(id, new RescheduleRequest(closeNominations, now, null), T["Judging is open: judges can score now."]);
    }

    public async Task<IActionResult> OnPostCloseJudgingAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop) return stop;
        return await RescheduleAsync(id, new RescheduleRequest(null, null, time.GetUtcNow()), T["Judging is closed: the shortlist can be made."]);
    }

    private async Task<IActionResult> RescheduleAsync(Guid id, RescheduleRequest request, string confirmation)
    {
        if (await CallAsync(ct => secretariat.RescheduleAsync(id, request, ct)) is null) return Refused();
        Confirm(confirmation);
        return RedirectToPage(new { id });
    }

    protected override string FormField(string serviceField) => serviceField switch
    {
        "nominationCloses" => "Schedule.NominationCloses",
        "judgingOpens" => "Schedule.JudgingOpens",
        "judgingCloses" => "Schedule.JudgingCloses",
        _ => serviceField,
    };

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await LoadCycleAsync(id) is { } stop) return stop;
        if (Schedule.NominationCloses is null && Schedule.JudgingOpens is null && Schedule.JudgingCloses is null) Schedule = ScheduleForm.Of(Cycle!);
        Entries = await CallAsync(ct => secretariat.ListEntriesAsync(id, ct)) ?? [];
        return null;
    }
}

public sealed class ScheduleForm
{
    public DateTime? NominationCloses { get; set; }
    public DateTime? JudgingOpens { get; set; }
    public DateTime? JudgingCloses { get; set; }

    public static ScheduleForm Of(CycleResponse c) => new()
    {
        NominationCloses = SecretariatWords.Input(c.Nomination.Closes),
        JudgingOpens = SecretariatWords.Input(c.Judging.Opens),
        JudgingCloses = SecretariatWords.Input(c.Judging.Closes),
    };
}
