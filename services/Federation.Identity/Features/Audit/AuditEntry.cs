using System.Text.Json;

namespace Federation.Identity.Features.Audit;

/// <summary>One change to the node's directory: who made it, what, when, and the record before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>The person's id (the token's sub), or "system" for the node's own commands.</summary>
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    /// <summary>What was done, e.g. "organisation.created", "person.deactivated".</summary>
    public string Action { get; private set; } = "";
    /// <summary>What it was done to, e.g. "organisation/6f1c...", "person/4a2b...".</summary>
    public string Subject { get; private set; } = "";
    /// <summary>The record as the API showed it, as JSON; null when it did not exist before (or no longer does).</summary>
    public string? Before { get; private set; }
    public string? After { get; private set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="by">The signed-in person; null for the node's own commands ("system").</param>
    public static AuditEntry Of(ClaimsPrincipal? by, string action, string subject, object? before, object? after, DateTimeOffset at) =>
        Of(by?.FindFirstValue("sub") ?? "system", by?.FindFirstValue("name") ?? "system", action, subject, before, after, at);

    /// <summary>A step a person took on their own account without being signed in (a one-time link's).</summary>
    public static AuditEntry By(CityUser person, string action, string subject, object? before, object? after, DateTimeOffset at) =>
        Of(person.Id, person.UserName!, action, subject, before, after, at);

    private static AuditEntry Of(string actorId, string actorName, string action, string subject, object? before, object? after,
        DateTimeOffset at) => new()
    {
        At = at,
        ActorId = actorId,
        ActorName = actorName,
        Action = action,
        Subject = subject,
        Before = before is null ? null : JsonSerializer.Serialize(before, Json),
        After = after is null ? null : JsonSerializer.Serialize(after, Json),
    };
}
