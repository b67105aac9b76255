using Federation.ServiceDefaults.Outbox;

namespace Federation.ServiceDefaults.Mail;

/// <summary>
/// A mail waiting to leave this service, written in the same transaction as the change that causes it
/// (an invitation, a password reset); only <see cref="MailSender{TDbContext}"/> hands it to the SMTP
/// server. Bodies may hold links with tokens: they are stored, never logged.
/// </summary>
public sealed class OutgoingMail : IQueuedRow
{
    /// <summary>Rows a server refused this many times are kept for an operator, not tried again.</summary>
    public const int MaxAttempts = 10;

    public long Id { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string? ToName { get; private set; }
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string? HtmlBody { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    internal static OutgoingMail For(string toAddress, string? toName, string subject, string textBody, string? htmlBody)
    {
        if (!MimeKit.MailboxAddress.TryParse(toAddress, out var to) || !to.Address.Contains('@') || to.Address != toAddress.Trim())
            throw new ArgumentException($"'{toAddress}' is not one e-mail address", nameof(toAddress));
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(textBody);
        return new() { ToAddress = to.Address, ToName = toName, Subject = subject, TextBody = textBody, HtmlBody = htmlBody };
    }

    void IQueuedRow.StampCreated(DateTimeOffset at) => CreatedAt = at;

    public void MarkSent(DateTimeOffset at) => SentAt = at;

    public void MarkRefused(string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
    }
}
