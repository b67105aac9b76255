namespace Federation.Catalog.Features.Solutions;

/// <summary>Keeps this city's copies of other cities' listings.</summary>
public sealed class SolutionConsumer(CatalogDbContext db, ThisCity city, ILogger<SolutionConsumer> logger)
    : IConsumer<SolutionPublished>, IConsumer<SolutionWithdrawn>
{
    public Task Consume(ConsumeContext<SolutionPublished> context)
    {
        var s = context.Message.Solution;
        return Replica.ApplyAsync<Solution>(context, db.Solutions, city, logger, s.Id, s.City, s.Version, r => r.ApplyReplica(s));
    }

    public Task Consume(ConsumeContext<SolutionWithdrawn> context)
    {
        var m = context.Message;
        return Replica.ApplyAsync<Solution>(context, db.Solutions, city, logger, m.Id, m.City, m.Version,
            r => r.ApplyTombstone(m.Id, m.City, m.Version, m.WithdrawnAt));
    }
}
