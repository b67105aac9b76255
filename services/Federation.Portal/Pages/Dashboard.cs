using System.Globalization;
using System.Security.Claims;
using Federation.Contracts.Catalog;
using Federation.Contracts.Identity;
using Federation.Contracts.Interests;
using Federation.Contracts.Notifications;
using Federation.Contracts.Trials;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;
using Refit;

namespace Federation.Portal.Pages;

/// <summary>
/// What the start page shows a signed-in person: what waits for them (unread notifications, interests to answer), the
/// next screening deadlines, their running trials, and their city's challenges closing soon. Each part is a help: one
/// that a service cannot give is left out, never the page.
/// </summary>
public sealed record Dashboard(
    IReadOnlyList<NotificationResponse> Unread,
    IReadOnlyList<InterestResponse> WaitingInterests,
    IReadOnlyList<TrialSummary> Deadlines,
    IReadOnlyList<TrialSummary> Running,
    IReadOnlyList<ChallengeResponse> ClosingSoon)
{
    public const int Shown = 5;
    public static readonly TimeSpan ClosingWithin = TimeSpan.FromDays(30);

    public bool IsEmpty => Unread.Count + WaitingInterests.Count + Deadlines.Count + Running.Count + ClosingSoon.Count == 0;

    public static async Task<Dashboard> ForAsync(ClaimsPrincipal user, INotificationsApi notifications, IInterestsApi interests, ITrialsApi trials,
        ICatalogApi catalog, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        var agency = user.IsInRole(Roles.Agency);
        var party = agency || user.IsInRole(Roles.Startup);
        var unread = await Part(() => notifications.ListAsync(CultureInfo.CurrentUICulture.Name, true, 1, Shown, ct), l => l.Items);
        var waiting = party ? await Part(() => interests.ListAsync("waiting", 1, Shown, ct), p => p.Items) : [];
        var deadlines = agency
            ? (await Part(() => trials.ListAsync("screening", "host", null, 1, 100, ct), p => p.Items))
                .Where(t => t.ScreeningDeadline is not null).OrderBy(t => t.ScreeningDeadline).Take(Shown).ToList()
            : [];
        var running = party ? await Part(() => trials.ListAsync("running", null, null, 1, Shown, ct), p => p.Items) : [];
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), city.Member.Zone).DateTime);
        var closing = agency
            ? (await Part(() => catalog.SearchChallengesAsync(null, null, city.Id, 1, 100, null, ct), p => p.Items))
                .Where(c => c.Status == "open" && c.Deadline >= today && c.Deadline <= today.AddDays(ClosingWithin.Days))
                .OrderBy(c => c.Deadline).Take(Shown).ToList()
            : [];
        return new Dashboard(unread, waiting, deadlines, running, closing);
    }

    private static async Task<IReadOnlyList<TItem>> Part<TResult, TItem>(Func<Task<TResult>> call, Func<TResult, IReadOnlyList<TItem>> items)
    {
        try
        {
            return items(await call());
        }
        catch (ApiExceptionBase)
        {
            return [];
        }
    }
}
