using System.Globalization;
using Federation.Contracts.Notifications;
using Federation.ServiceDefaults.Notifications;
using Federation.ServiceDefaults.Outbox;

namespace Federation.Trials.Features.Notifications;

/// <summary>
/// Who of this city a trial's step needs, told through the city's identity service (<see cref="Notices"/>). Each
/// city tells its own people from its own copy: the home city its agency and applicant, the host city its agency.
/// </summary>
public static class TrialNotices
{
    /// <summary>Home: the applicant submitted; the city's agencies endorse or decline.</summary>
    public static void NotifyToEndorse(this IFederatedDbContext db, Trial t, DateTimeOffset at) =>
        db.Notify(t.HomeCity, Notices.IdOf(NotificationKinds.ApplicationToEndorse, t.Id, $"{t.SubmittedAt:O}"),
            NotificationKinds.ApplicationToEndorse, Notices.Agencies, Args(t, t.HostCity, ("organisation", t.Applicant.Organisation)), Link(t), at);

    /// <summary>Host: an endorsed application arrived; the city's agencies screen it by the deadline.</summary>
    public static void NotifyToScreen(this IFederatedDbContext db, Trial t, DateTimeOffset at) =>
        db.Notify(t.HostCity, Notices.IdOf(NotificationKinds.ApplicationToScreen, t.Id), NotificationKinds.ApplicationToScreen,
            Notices.Agencies, Args(t, t.HomeCity, ("deadline", Instant(t.ScreeningDeadline))), Link(t), at);

    /// <summary>Host: the screening deadline is a week away, or has passed, and the application is still undecided.</summary>
    public static void NotifyDeadline(this IFederatedDbContext db, Trial t, bool passed, DateTimeOffset at)
    {
        var kind = passed ? NotificationKinds.ScreeningDeadlinePassed : NotificationKinds.ScreeningDeadlineNear;
        db.Notify(t.HostCity, Notices.IdOf(kind, t.Id), kind, Notices.Agencies,
            Args(t, t.HomeCity, ("deadline", Instant(t.ScreeningDeadline))), Link(t), at);
    }

    /// <summary>Home: the host accepted or rejected; the applicant's organisation is told.</summary>
    public static void NotifyDecision(this IFederatedDbContext db, Trial t, bool accepted, DateTimeOffset at) =>
        db.Notify(t.HomeCity, Notices.IdOf(NotificationKinds.Decision, t.Id), NotificationKinds.Decision,
            Notices.Organisation(t.Applicant.OrganisationId), Args(t, t.HostCity, ("decision", accepted ? "accepted" : "rejected")), Link(t), at);

    /// <summary>Host: the startup reported a measurement; the city's agencies confirm or dispute it.</summary>
    public static void NotifyMeasurement(this IFederatedDbContext db, Trial t, Guid measurementId, string kpi, DateTimeOffset at) =>
        db.Notify(t.HostCity, Notices.IdOf(NotificationKinds.MeasurementToReview, t.Id, measurementId.ToString()),
            NotificationKinds.MeasurementToReview, Notices.Agencies, Args(t, t.HomeCity, ("kpi", kpi)), Link(t), at);

    /// <summary>Home: the host gave its verdict; the applicant's organisation is told.</summary>
    public static void NotifyVerdict(this IFederatedDbContext db, Trial t, string verdict, DateTimeOffset at) =>
        db.Notify(t.HomeCity, Notices.IdOf(NotificationKinds.Verdict, t.Id), NotificationKinds.Verdict,
            Notices.Organisation(t.Applicant.OrganisationId), Args(t, t.HostCity, ("verdict", verdict.ToLowerInvariant())), Link(t), at);

    /// <param name="otherCity">The other party's city, named in the words as <c>city</c>.</param>
    private static Dictionary<string, string> Args(Trial t, string otherCity, params (string Name, string Value)[] more)
    {
        var args = new Dictionary<string, string>(Notices.Localized("solution", t.SolutionTitle)) { ["city"] = otherCity };
        foreach (var (name, value) in more) args[name] = value;
        return args;
    }

    private static string Instant(DateTimeOffset? at) => at?.ToString("O", CultureInfo.InvariantCulture) ?? "";

    private static string Link(Trial t) => $"/trials/{t.Id}";
}
