using Federation.ServiceDefaults.Outbox;
using Federation.Trials.Features.Interests;
using Federation.Trials.Features.Verified;

namespace Federation.Trials.Storage;

public class TrialsDbContext : DbContext, IFederatedDbContext
{
    public TrialsDbContext(DbContextOptions<TrialsDbContext> options) : base(options) { }

    /// <summary>For <see cref="PostgresTrialsDbContext"/>, the same model on another provider: a context type of its own, with its own migrations.</summary>
    protected TrialsDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Trial> Trials => Set<Trial>();
    public DbSet<VerifiedTrial> VerifiedTrials => Set<VerifiedTrial>();
    public DbSet<Interest> Interests => Set<Interest>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.StoreTimesAsIntegers();
        // Statuses and verdicts read as words in the file, and survive a reordering of the enums.
        conventions.Properties<Enum>().HaveConversion<string>();
        conventions.StoreDecimalsExactly();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.MapFederatedMessaging();
        model.Entity<Trial>(TrialMapping.Map);
        model.Entity<Interest>(e =>
        {
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).ValueGeneratedNever();
            e.Property(i => i.SolutionTitle).AsJson();
            e.Property(i => i.ChallengeTitle).AsJson();
            e.Ignore(i => i.FromCity);
            e.Ignore(i => i.ToCity);
            e.HasIndex(i => new { i.ChallengeCity, i.Status });
            e.HasIndex(i => new { i.ProviderOrganisationId, i.Status });
            e.HasIndex(i => new { i.SolutionId, i.ChallengeId });
            e.HasIndex(i => i.ExpressedAt);
        });
        model.Entity<VerifiedTrial>(e =>
        {
            e.HasKey(v => v.TrialId);
            e.Property(v => v.TrialId).ValueGeneratedNever();
            // The column names of the nodes that stored these before the one JSON column helper.
            e.Property(v => v.Certificate).AsJson().HasColumnName("CertificateJson");
            e.Property(v => v.Outcome).AsJson().HasColumnName("OutcomeJson");
            e.HasIndex(v => new { v.HostCity, v.VerifiedAt });
            e.HasIndex(v => v.VerifiedAt);
            e.HasIndex(v => v.SolutionId);
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TrialVersion.BumpChanged(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TrialVersion.BumpChanged(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
