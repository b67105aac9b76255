using Federation.ServiceDefaults.Outbox;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Mail;

/// <summary>
/// The only path from a service to its SMTP server: delivers committed <see cref="OutgoingMail"/> rows, at
/// least once (a crash after sending and before marking sends again). While the server is down the mail
/// waits in the table and the sender retries with the outbox's back-off. Logs name the recipient and the
/// subject only: bodies hold sign-in links and tokens.
/// </summary>
public sealed class MailSender<TDbContext>(
    IServiceScopeFactory scopes, QueueSignal<OutgoingMail> signal, TimeProvider time,
    IOptions<MailOptions> options, ILogger<MailSender<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext, IMailDbContext
{
    private const int BatchSize = 50;
    private readonly CleanupSchedule _cleanup = new(time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await SendBatchAsync(stoppingToken);
                failures = 0;
                // A full batch means more is waiting: go again without waiting for a signal.
                if (sent == BatchSize) continue;
                await CleanupAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The server is down or broke the connection: nothing is lost, the rows wait for the next try.
                failures++;
                var pause = QueuedRows.Backoff(failures);
                logger.LogWarning("Mail server {Host}:{Port} unavailable ({Error}); retrying in {Seconds} s",
                    options.Value.Host, options.Value.Port, ex.Message, pause.TotalSeconds);
                await Task.Delay(pause, time, stoppingToken);
                continue;
            }
            await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>Mails handed to the server; throws when the server cannot be reached (after saving what was sent).</summary>
    private async Task<int> SendBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var batch = await db.OutgoingMails.Where(m => m.SentAt == null && m.Attempts < OutgoingMail.MaxAttempts)
            .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (batch.Count == 0) return 0;
        var settings = options.Value;
        try
        {
            using var client = await SmtpDelivery.ConnectAsync(settings, ct);
            foreach (var mail in batch) await SendAsync(client, mail, settings, ct);
            await client.DisconnectAsync(true, ct);
        }
        finally
        {
            // Mark what went out even when the connection broke half-way, so it is not sent twice.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return batch.Count(m => m.SentAt is not null);
    }

    private async Task SendAsync(SmtpClient client, OutgoingMail mail, MailOptions settings, CancellationToken ct)
    {
        try
        {
            await client.SendAsync(SmtpDelivery.MimeOf(mail, settings), ct);
            mail.MarkSent(time.GetUtcNow());
            logger.LogInformation("Mail {MailId} sent to {To}: {Subject}", mail.Id, mail.ToAddress, mail.Subject);
        }
        catch (SmtpCommandException ex)
        {
            // The server refused this mail (a recipient it does not take): the others still go.
            mail.MarkRefused(ex.Message);
            if (mail.Attempts >= OutgoingMail.MaxAttempts)
                logger.LogError("Mail {MailId} to {To} ({Subject}) refused {Attempts} times; given up: {Error}",
                    mail.Id, mail.ToAddress, mail.Subject, mail.Attempts, ex.Message);
            else
                logger.LogWarning("Mail {MailId} to {To} ({Subject}) refused: {Error}", mail.Id, mail.ToAddress, mail.Subject, ex.Message);
        }
    }

    // Its own failure (a busy database) is not the mail server's: logged as itself, tried again in an hour.
    private async Task CleanupAsync(CancellationToken ct)
    {
        if (!_cleanup.IsDue(out var now)) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            await db.OutgoingMails.DeleteSentBeforeAsync(now - QueuedRows.Retention, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not delete sent mail older than {Days} days", QueuedRows.Retention.TotalDays);
        }
    }
}
