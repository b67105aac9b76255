using Federation.Catalog.Features.Awards;
using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;
using Federation.Catalog.Features.Verifications;
using Federation.Contracts.Trials;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Federation.Catalog;

public class CatalogDbContext : DbContext, IFederatedDbContext
{
    public CatalogDbContext(DbContextOptions<CatalogDbContext> options) : base(options) { }

    /// <summary>For <see cref="PostgresCatalogDbContext"/>, the same model on another provider: a context type of its own, with its own migrations.</summary>
    protected CatalogDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Solution> Solutions => Set<Solution>();
    public DbSet<Challenge> Challenges => Set<Challenge>();
    public DbSet<Verification> Verifications => Set<Verification>();
    public DbSet<AwardBadge> AwardBadges => Set<AwardBadge>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) => conventions.StoreTimesAsIntegers();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.MapFederatedMessaging();
        model.Entity<Solution>(e =>
        {
            MapRecord(e);
            e.Property(s => s.Summary).AsJson();
        });
        model.Entity<Challenge>(e =>
        {
            MapRecord(e);
            e.Property(c => c.Description).AsJson();
        });
        model.Entity<Verification>(e =>
        {
            e.HasKey(v => v.TrialId);
            e.HasIndex(v => new { v.SolutionCity, v.SolutionId });
            e.Property(v => v.Kpis).AsJson();
        });
        model.Entity<AwardBadge>(e =>
        {
            // One result per cycle and listing; pages look badges up by listing id.
            e.HasKey(b => new { b.CycleId, b.SolutionCity, b.SolutionId });
            e.HasIndex(b => new { b.SolutionId, b.SolutionCity });
        });
    }

    private static void MapRecord<T>(EntityTypeBuilder<T> e) where T : CatalogRecord
    {
        // Identity is (owning city, id): two cities that picked the same id never overwrite each other.
        e.HasKey(r => new { r.City, r.Id });
        e.HasIndex(r => new { r.Withdrawn, r.PublishedAt });
        // Newest first: an estimating search reads the newest records through it. The index above cannot serve
        // that, as the filter is written NOT "Withdrawn", not "Withdrawn" = 0; withdrawn records are few and skipped.
        e.HasIndex(r => r.PublishedAt);
        e.HasIndex(r => r.Id);
        // Replica updates and local edits race on the version: the loser retries or answers 409.
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Property(r => r.Title).AsJson();
    }
}
