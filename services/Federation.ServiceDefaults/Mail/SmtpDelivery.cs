using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace Federation.ServiceDefaults.Mail;

/// <summary>One connection to the SMTP server of <see cref="MailOptions"/>, and the MIME form of a queued mail.</summary>
internal static class SmtpDelivery
{
    // A server that accepts the connection and then says nothing must not hold the sender for MailKit's default 2 min.
    private const int TimeoutMilliseconds = 15_000;

    public static async Task<SmtpClient> ConnectAsync(MailOptions options, CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = TimeoutMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, options.Tls switch
            {
                MailTls.StartTls => SecureSocketOptions.StartTls,
                MailTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.None,
            }, ct);
            if (!string.IsNullOrEmpty(options.Username)) await client.AuthenticateAsync(options.Username, options.Password ?? "", ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public static MimeMessage MimeOf(OutgoingMail mail, MailOptions options)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = mail.CreatedAt,
            // The same id on every attempt: a mail sent again after a crash (sent, not yet marked) is
            // recognisably the same mail to the receiving side.
            MessageId = $"{mail.Id}.{mail.CreatedAt.UtcTicks}@{options.FromAddress[(options.FromAddress.IndexOf('@') + 1)..]}",
            Body = mail.HtmlBody is null
                ? Text(TextFormat.Plain, mail.TextBody)
                : new MultipartAlternative { Text(TextFormat.Plain, mail.TextBody), Text(TextFormat.Html, mail.HtmlBody) },
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.ToAddress));
        return message;
    }

    // UTF-8 always: Chinese and Korean must arrive as written, whatever MimeKit would guess.
    private static TextPart Text(TextFormat format, string text)
    {
        var part = new TextPart(format);
        part.SetText(Encoding.UTF8, text);
        return part;
    }
}
