using Federation.Contracts.Notifications;
using Refit;

namespace Federation.Portal.Clients;

/// <summary>The signed-in person's notifications, kept by this city's identity service (a refusal throws).</summary>
public interface INotificationsApi
{
    [Get("/api/notifications")]
    Task<NotificationList> ListAsync(string? language, bool? unread, int? page, int? pageSize, CancellationToken ct);

    [Post("/api/notifications/{id}/read")]
    Task ReadAsync(Guid id, CancellationToken ct);

    [Post("/api/notifications/read")]
    Task ReadAllAsync(CancellationToken ct);

    [Get("/api/notifications/preferences")]
    Task<NotificationPreferences> GetPreferencesAsync(CancellationToken ct);

    [Put("/api/notifications/preferences")]
    Task<NotificationPreferences> SetPreferencesAsync([Body] NotificationPreferences preferences, CancellationToken ct);
}
