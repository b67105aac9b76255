using System.Globalization;
using Federation.Contracts.Notifications;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Notifications;

/// <summary>The signed-in person's notifications in the page's language, and which kinds they also get by e-mail.</summary>
[Authorize]
public sealed class IndexModel(INotificationsApi notifications) : PortalPage
{
    public const int PageSize = 20;

    public int PageNumber { get; private set; } = 1;
    public NotificationList? List { get; private set; }
    public NotificationPreferences? Preferences { get; private set; }

    /// <summary>The kinds ticked for e-mail on the preferences form.</summary>
    [BindProperty] public List<string> Email { get; set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        PageNumber = Math.Max(page ?? 1, 1);
        List = await CallAsync(ct => notifications.ListAsync(CultureInfo.CurrentUICulture.Name, null, PageNumber, PageSize, ct));
        Preferences = await CallAsync(ct => notifications.GetPreferencesAsync(ct));
    }

    /// <summary>Opens what a notification is about, marking it read.</summary>
    public async Task<IActionResult> OnGetOpenAsync(Guid id, string? link)
    {
        await CallAsync(ct => notifications.ReadAsync(id, ct));
        // Only a path of this portal: a notification's link is never another site.
        return LocalRedirect(link is { Length: > 1 } && link[0] == '/' && link[1] != '/' && link[1] != '\\' ? link : "/notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        if (await CallAsync(ct => notifications.ReadAllAsync(ct))) Confirm(T["Every notification is marked read."]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPreferencesAsync()
    {
        var wanted = NotificationKinds.All.ToDictionary(k => k, Email.Contains);
        if (await CallAsync(ct => notifications.SetPreferencesAsync(new NotificationPreferences(wanted), ct)) is not null)
        {
            Confirm(T["Your e-mail choices are saved."]);
            return RedirectToPage();
        }
        await OnGetAsync(1);
        return Page();
    }
}
