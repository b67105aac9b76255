using Federation.Contracts.Notifications;
using Federation.Portal.Localization;

namespace Federation.Portal.Pages.Notifications;

/// <summary>The kinds of notification as a person chooses among them.</summary>
public static class NotificationWords
{
    public static string Kind(Texts t, string kind) => kind switch
    {
        NotificationKinds.ApplicationToEndorse => t["An application to endorse"],
        NotificationKinds.ApplicationToScreen => t["An application to screen"],
        NotificationKinds.ScreeningDeadlineNear => t["A screening deadline a week away"],
        NotificationKinds.ScreeningDeadlinePassed => t["A screening deadline passed"],
        NotificationKinds.Decision => t["A decision on our application"],
        NotificationKinds.MeasurementToReview => t["A measurement to review"],
        NotificationKinds.Verdict => t["A trial's verdict"],
        NotificationKinds.InterestReceived => t["An interest received"],
        NotificationKinds.InterestAnswered => t["An answer to our interest"],
        NotificationKinds.JudgeAssigned => t["Entries assigned to me to judge"],
        NotificationKinds.JudgingClosing => t["Judging closing with sheets unscored"],
        NotificationKinds.ResultsPublished => t["Award results published"],
        _ => kind,
    };
}
