namespace Federation.Awards.Storage;

public class AwardsDbContext : DbContext, IFederatedDbContext
{
    public AwardsDbContext(DbContextOptions<AwardsDbContext> options) : base(options) { }

    /// <summary>For <see cref="PostgresAwardsDbContext"/>, the same model on another provider: a context type of its own, with its own migrations.</summary>
    protected AwardsDbContext(DbContextOptions options) : base(options) { }

    public DbSet<AwardCycle> Cycles => Set<AwardCycle>();
    public DbSet<Entry> Entries => Set<Entry>();
    public DbSet<Judge> Judges => Set<Judge>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<AssignmentGrid> AssignmentGrids => Set<AssignmentGrid>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.StoreTimesAsIntegers();
        // Statuses and kinds read as words in the file, and survive a reordering of the enums.
        conventions.Properties<Enum>().HaveConversion<string>();
        conventions.StoreDecimalsExactly();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.MapFederatedMessaging();
        model.Entity<AwardCycle>(CycleMapping.Map);
        model.Entity<Entry>(EntryMapping.Map);
        model.Entity<Judge>(JudgeMapping.Map);
        model.Entity<Assignment>(AssignmentMapping.Map);
        model.Entity<AssignmentGrid>(AssignmentGrid.Map);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSaving();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSaving();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // What storage keeps for itself (versions, grids), from the rows' changes detected once.
    private void BeforeSaving()
    {
        ChangeTracker.DetectChanges();
        AssignmentGrid.Refresh(this);
        StoredVersion.BumpChanged(ChangeTracker);
    }
}
