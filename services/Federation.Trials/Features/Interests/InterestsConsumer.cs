using Federation.Contracts.Interests;
using MassTransit;

namespace Federation.Trials.Features.Interests;

/// <summary>
/// The copies of interests expressed or answered in other cities: the other side's, which tells its people, and the
/// secretariat's, which only keeps it for the network's opportunity report.
/// </summary>
public sealed class InterestsConsumer(TrialsDbContext db, ThisCity city) : IConsumer<InterestExpressed>, IConsumer<InterestAnswered>
{
    public async Task Consume(ConsumeContext<InterestExpressed> context)
    {
        var m = context.Message;
        context.EnsureSentByOwner(m.FromCity);
        var expected = m.From switch
        {
            Interest.FromSolution => m.SolutionCity,
            Interest.FromChallenge => m.ChallengeCity,
            _ => throw new FederationRejectedException(Rejections.Refused, $"Interest {m.InterestId} comes from '{m.From}', neither side"),
        };
        if (expected != m.FromCity || m.SolutionCity == m.ChallengeCity)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Interest {m.InterestId}: {m.FromCity} is not the side that expressed it");
        if (await db.Interests.FindAsync([m.InterestId], context.CancellationToken) is { } held)
        {
            if (held.FromCity == m.FromCity && held.SolutionId == m.SolutionId && held.ChallengeId == m.ChallengeId) return; // already here
            throw new FederationRejectedException(Rejections.WrongOwner, $"Interest {m.InterestId} is already held here as another interest");
        }
        var interest = Interest.Received(m);
        db.Interests.Add(interest);
        if (interest.ToCity == city.Id) db.NotifyReceived(interest, m.ExpressedAt);
    }

    public async Task Consume(ConsumeContext<InterestAnswered> context)
    {
        var m = context.Message;
        context.EnsureSentByOwner(m.AnsweringCity);
        // The interest and its answer travel on different links from different cities to the secretariat: wait for it.
        var interest = await db.Interests.FindAsync([m.InterestId], context.CancellationToken)
            ?? throw new NotReadyException($"Interest {m.InterestId} has not arrived here yet");
        if (interest.ToCity != m.AnsweringCity)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Interest {m.InterestId} is not {m.AnsweringCity}'s to answer");
        Replicated.Require(interest.Apply(m.Accepted, m.Note, m.AnsweredAt)
            .Then(() => { if (interest.FromCity == city.Id) db.NotifyAnswered(interest, m.AnsweredAt); }), $"Interest {m.InterestId}");
    }
}
