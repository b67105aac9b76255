namespace Federation.ServiceDefaults.Outbox;

/// <summary>The outbox relay (<c>Outbox:*</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// How often the relay looks for rows without being woken. A commit wakes it at once; the poll only
    /// picks up rows a crash left unsent, so it can be slow.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
