using System.Security.Claims;

namespace Federation.Portal.Clients;

/// <summary>
/// How many notifications the signed-in person has not read, for the count every page's header shows. Asked once per
/// request; a service that cannot answer costs the page only its count.
/// </summary>
public sealed class UnreadNotifications(INotificationsApi notifications, ILogger<UnreadNotifications> log)
{
    private int? _count;
    private bool _asked;

    public async Task<int?> CountAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (_asked || user.Identity?.IsAuthenticated != true) return _count;
        _asked = true;
        try
        {
            _count = (await notifications.ListAsync(null, true, 1, 1, ct)).Unread;
        }
        catch (Refit.ApiExceptionBase e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "The unread notifications could not be counted");
        }
        return _count;
    }
}
