using System.Globalization;
using Federation.Contracts.Notifications;
using Federation.ServiceDefaults.Notifications;
using Federation.ServiceDefaults.Outbox;

namespace Federation.Awards.Features.Notifications;

/// <summary>Who of this city an award step needs, told through the city's identity service (<see cref="Notices"/>).</summary>
public static class AwardNotices
{
    /// <summary>The judge's city: the judge has entries to score by the end of the judging window.</summary>
    public static void NotifyAssigned(this IFederatedDbContext db, string city, JudgeAssigned m) =>
        db.Notify(city, Notices.IdOf(NotificationKinds.JudgeAssigned, m.AssignmentId), NotificationKinds.JudgeAssigned,
            new NotificationAudience(UserId: m.JudgeUserId),
            new Dictionary<string, string>(CycleName(m.CycleName, null)) { ["deadline"] = m.Judging.Closes.ToString("O", CultureInfo.InvariantCulture) },
            "/awards/assignments", m.AssignedAt);

    /// <summary>Every other city: its agencies, who nominate the city's entries, learn of the results.</summary>
    public static void NotifyResults(this IFederatedDbContext db, string city, AwardResultsPublished m) =>
        db.Notify(city, Notices.IdOf(NotificationKinds.ResultsPublished, m.CycleId), NotificationKinds.ResultsPublished, Notices.Agencies,
            new Dictionary<string, string>(CycleName(m.Name, m.NameTranslations)), "/awards/results", m.PublishedAt);

    private static IEnumerable<KeyValuePair<string, string>> CycleName(string english, IReadOnlyDictionary<string, string>? translations) =>
        Notices.Localized("cycle", new Dictionary<string, string>(translations ?? new Dictionary<string, string>()) { ["en"] = english });
}
