using Federation.Contracts.Messaging;

namespace Federation.Contracts.Notifications;

/// <summary>
/// Targeted at the sender's own city, from one of its services to its identity service: tell these people of this
/// city that something needs them. Identity knows the people, their language and whether they want e-mail of this
/// kind; the service knows what happened. Each city notifies only its own people, from its own copy of a record, so
/// no person's address or name crosses a city's border.
/// </summary>
/// <param name="Kind">One of <see cref="NotificationKinds"/>; identity holds its words in every language.</param>
/// <param name="Args">What the words name: a plain value under its name (<c>deadline</c> as ISO-8601, <c>city</c> as a
/// member id), or a value per language under <c>name.language</c> (<c>solution.ko</c>).</param>
/// <param name="Link">The portal path of what needs them, e.g. <c>/trials/{id}</c>.</param>
[Targeted]
public record NotificationRequested(
    Guid NotificationId,
    string City,
    string Kind,
    NotificationAudience Audience,
    IReadOnlyDictionary<string, string> Args,
    string? Link,
    DateTimeOffset At);

/// <summary>Who of the city is told: one person, everyone of an organisation, or everyone holding a role (any that is given).</summary>
public record NotificationAudience(string? UserId = null, Guid? OrganisationId = null, string? Role = null);

/// <summary>What a notification is about; a person can turn e-mail off per kind.</summary>
public static class NotificationKinds
{
    public const string ApplicationToEndorse = "application-to-endorse";
    public const string ApplicationToScreen = "application-to-screen";
    public const string ScreeningDeadlineNear = "screening-deadline-near";
    public const string ScreeningDeadlinePassed = "screening-deadline-passed";
    public const string Decision = "decision";
    public const string MeasurementToReview = "measurement-to-review";
    public const string Verdict = "verdict";
    public const string InterestReceived = "interest-received";
    public const string InterestAnswered = "interest-answered";
    public const string JudgeAssigned = "judge-assigned";
    public const string JudgingClosing = "judging-closing";
    public const string ResultsPublished = "results-published";

    public static readonly IReadOnlyList<string> All =
    [
        ApplicationToEndorse, ApplicationToScreen, ScreeningDeadlineNear, ScreeningDeadlinePassed, Decision, MeasurementToReview,
        Verdict, InterestReceived, InterestAnswered, JudgeAssigned, JudgingClosing, ResultsPublished,
    ];
}

/// <summary>A notification as its person reads it (GET /api/notifications), in the language asked for.</summary>
public record NotificationResponse(Guid Id, string Kind, string Title, string Body, string? Link, DateTimeOffset At, bool Read);

/// <summary>A person's notifications, newest first, with how many are unread in all.</summary>
public record NotificationList(IReadOnlyList<NotificationResponse> Items, int Unread, int Total);

/// <summary>Whether a person gets e-mail of each kind (GET and PUT /api/notifications/preferences).</summary>
public record NotificationPreferences(IReadOnlyDictionary<string, bool> Email);
