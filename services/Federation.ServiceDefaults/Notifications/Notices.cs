using Federation.Contracts.Notifications;
using Federation.ServiceDefaults.Outbox;

namespace Federation.ServiceDefaults.Notifications;

/// <summary>
/// How a service tells people of its own city that something needs them: a <see cref="NotificationRequested"/> to the
/// city's identity service, queued in the outbox with the change that causes it, so the notice leaves exactly when the
/// change is saved. Identity turns it into a notification per person, in their language, and e-mail unless they opted out.
/// </summary>
public static class Notices
{
    /// <param name="id">Made from what happened (<see cref="IdOf"/>), so that a step replayed notifies once.</param>
    public static void Notify(this IFederatedDbContext db, string city, Guid id, string kind, NotificationAudience audience,
        IReadOnlyDictionary<string, string> args, string? link, DateTimeOffset at) =>
        db.Send(city, new NotificationRequested(id, city, kind, audience, args, link, at));

    /// <summary>A notification's id made from what it is about: the same event gives the same id.</summary>
    public static Guid IdOf(string kind, Guid subject, string? detail = null)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{kind}\n{subject}\n{detail}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    public static NotificationAudience Agencies => new(Role: Federation.Contracts.Identity.Roles.Agency);

    public static NotificationAudience Organisation(Guid? id) => new(OrganisationId: id);

    /// <summary>A title in every language it has, as <c>name.language</c> arguments.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Localized(string name, IReadOnlyDictionary<string, string>? values) =>
        (values ?? new Dictionary<string, string>()).Select(v => KeyValuePair.Create($"{name}.{v.Key}", v.Value));
}
