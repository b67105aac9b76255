using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Links;
using Federation.Identity.Features.Notifications;
using Federation.ServiceDefaults.Mail;
using Federation.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Federation.Identity.Users;

public class UserDbContext : IdentityDbContext<CityUser, IdentityRole, string>, IMailDbContext, IFederatedDbContext
{
    public UserDbContext(DbContextOptions<UserDbContext> options) : base(options) { }

    /// <summary>For <see cref="PostgresUserDbContext"/>, the same model on another provider: a context type of its own, with its own migrations.</summary>
    protected UserDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<OneTimeLink> OneTimeLinks => Set<OneTimeLink>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<EmailOptOut> EmailOptOuts => Set<EmailOptOut>();
    // The city's services notify its people over the city's broker: consumed once each, and nothing sent yet.
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) => conventions.StoreTimesAsIntegers();

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        // The OpenID Connect provider's applications, authorizations and tokens, in the same database as the people.
        model.UseOpenIddict();
        model.Entity<CityUser>(e =>
        {
            e.Property(u => u.City).HasMaxLength(100).IsRequired();
            e.Property(u => u.DisplayName).HasMaxLength(CityUser.MaxDisplayNameLength).IsRequired();
            e.Property(u => u.Language).HasMaxLength(10).IsRequired();
            e.Ignore(u => u.Status);
            e.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Organisation>(e =>
        {
            e.Property(o => o.City).HasMaxLength(100).IsRequired();
            e.Property(o => o.Kind).HasMaxLength(20).IsRequired();
            e.Property(o => o.Status).HasMaxLength(20).IsRequired();
            e.Property(o => o.Names).AsJson().IsRequired();
            e.Property(o => o.Website).HasMaxLength(500);
            e.Property(o => o.StatusReason).HasMaxLength(2000);
            e.HasIndex(o => o.Status);
        });
        model.MapOutgoingMail();
        model.MapFederatedMessaging();
        model.Entity<Notification>(e =>
        {
            e.Property(n => n.UserId).HasMaxLength(450);
            e.Property(n => n.Kind).HasMaxLength(50);
            e.Property(n => n.Link).HasMaxLength(500);
            e.Property(n => n.Args).AsJson();
            e.HasIndex(n => new { n.UserId, n.At });
            e.HasIndex(n => new { n.RequestId, n.UserId }).IsUnique();
        });
        model.Entity<EmailOptOut>(e =>
        {
            e.HasKey(o => new { o.UserId, o.Kind });
            e.Property(o => o.Kind).HasMaxLength(50);
        });
        model.Entity<OneTimeLink>(e =>
        {
            e.Property(l => l.Purpose).HasMaxLength(30);
            e.Property(l => l.TokenHash).HasMaxLength(64);
            e.HasIndex(l => l.TokenHash).IsUnique();
            e.HasIndex(l => l.UserId);
        });
        model.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.Action).HasMaxLength(100);
            e.Property(a => a.Subject).HasMaxLength(200);
            e.HasIndex(a => a.Subject);
        });
    }
}
