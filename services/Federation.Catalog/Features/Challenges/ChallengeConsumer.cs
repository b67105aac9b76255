namespace Federation.Catalog.Features.Challenges;

/// <summary>Keeps this city's copies of other cities' challenges.</summary>
public sealed class ChallengeConsumer(CatalogDbContext db, ThisCity city, ILogger<ChallengeConsumer> logger)
    : IConsumer<ChallengePublished>, IConsumer<ChallengeWithdrawn>
{
    public Task Consume(ConsumeContext<ChallengePublished> context)
    {
        var s = context.Message.Challenge;
        return Replica.ApplyAsync<Challenge>(context, db.Challenges, city, logger, s.Id, s.City, s.Version, r => r.ApplyReplica(s));
    }

    public Task Consume(ConsumeContext<ChallengeWithdrawn> context)
    {
        var m = context.Message;
        return Replica.ApplyAsync<Challenge>(context, db.Challenges, city, logger, m.Id, m.City, m.Version,
            r => r.ApplyTombstone(m.Id, m.City, m.Version, m.WithdrawnAt));
    }
}
