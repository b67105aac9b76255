using Federation.Contracts.Notifications;
using Federation.ServiceDefaults.Notifications;
using Federation.ServiceDefaults.Outbox;

namespace Federation.Trials.Features.Interests;

/// <summary>Where an interest's news goes, and whom of this city it concerns.</summary>
public static class InterestMessages
{
    /// <summary>The cities that keep a copy besides <paramref name="self"/>, the one taking the step: both sides' and the secretariat's, once each.</summary>
    public static IEnumerable<string> Others(Interest interest, MemberList members, string self) =>
        new[] { interest.FromCity, interest.ToCity, members.Secretariat }.Where(c => !string.IsNullOrEmpty(c) && c != self).Distinct();

    /// <summary>The receiving side, told in its own city: the challenge city's agencies, or the solution's company.</summary>
    public static void NotifyReceived(this IFederatedDbContext db, Interest i, DateTimeOffset at) =>
        db.Notify(i.ToCity, Notices.IdOf(NotificationKinds.InterestReceived, i.Id), NotificationKinds.InterestReceived, SideOf(i, i.ToCity),
            Args(i, ("organisation", i.ExpressedBy), ("city", i.FromCity)), Link(i), at);

    /// <summary>The expressing side, told of the answer in its own city.</summary>
    public static void NotifyAnswered(this IFederatedDbContext db, Interest i, DateTimeOffset at) =>
        db.Notify(i.FromCity, Notices.IdOf(NotificationKinds.InterestAnswered, i.Id), NotificationKinds.InterestAnswered, SideOf(i, i.FromCity),
            Args(i, ("answer", i.Status), ("city", i.ToCity)), Link(i), at);

    private static NotificationAudience SideOf(Interest i, string city) =>
        city == i.ChallengeCity ? Notices.Agencies : Notices.Organisation(i.ProviderOrganisationId);

    private static Dictionary<string, string> Args(Interest i, params (string Name, string Value)[] more)
    {
        var args = new Dictionary<string, string>(Notices.Localized("solution", i.SolutionTitle).Concat(Notices.Localized("challenge", i.ChallengeTitle)));
        foreach (var (name, value) in more) args[name] = value;
        return args;
    }

    private static string Link(Interest i) => $"/interests/{i.Id}";
}
