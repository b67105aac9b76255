using Federation.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Federation.ServiceDefaults.Mail;

/// <summary>A service's DbContext that holds its outgoing mail (map it with <see cref="MailDbContextExtensions.MapOutgoingMail"/>).</summary>
public interface IMailDbContext
{
    DbSet<OutgoingMail> OutgoingMails { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

public static class MailDbContextExtensions
{
    /// <summary>
    /// Queues a plain-text mail (an HTML alternative is optional); it leaves when the change is saved, and
    /// waits in the table while the SMTP server is down.
    /// </summary>
    public static OutgoingMail QueueMail(this IMailDbContext db, string toAddress, string? toName, string subject,
        string textBody, string? htmlBody = null)
    {
        var mail = OutgoingMail.For(toAddress, toName, subject, textBody, htmlBody);
        db.OutgoingMails.Add(mail);
        return mail;
    }

    public static void MapOutgoingMail(this ModelBuilder model) => model.Entity<OutgoingMail>(e =>
    {
        e.HasKey(m => m.Id);
        e.Property(m => m.Id).ValueGeneratedOnAdd();
        // Ticks whatever the context's conventions: SQLite cannot compare DateTimeOffset, the sender and clean-up must.
        e.Property(m => m.CreatedAt).HasConversion<Storage.UtcTicksConverter>();
        e.Property(m => m.SentAt).HasConversion<Storage.UtcTicksConverter>();
        e.HasIndex(m => m.SentAt);
    });
}
