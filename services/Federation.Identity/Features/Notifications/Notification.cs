namespace Federation.Identity.Features.Notifications;

/// <summary>
/// Something that needs one person, as their service said it (a kind and what it names): its words are made in the
/// language the person reads it in, when they read it.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; private set; }
    public string UserId { get; private set; } = "";
    /// <summary>The request it came from: the same request again (a sweep repeating itself) tells no one twice.</summary>
    public Guid RequestId { get; private set; }
    public string Kind { get; private set; } = "";
    public Dictionary<string, string> Args { get; private set; } = [];
    public string? Link { get; private set; }
    public DateTimeOffset At { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    private Notification()
    {
    }

    public static Notification For(string userId, Guid requestId, string kind, IReadOnlyDictionary<string, string> args, string? link,
        DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), UserId = userId, RequestId = requestId, Kind = kind, Args = new(args), Link = link, At = at };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

/// <summary>A kind of notification a person does not want by e-mail (they still see it in the portal).</summary>
public sealed class EmailOptOut
{
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
}
