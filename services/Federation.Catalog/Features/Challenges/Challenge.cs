namespace Federation.Catalog.Features.Challenges;

/// <summary>A need a city published for companies to answer; this city's own or a replica.</summary>
public sealed class Challenge : CatalogRecord
{
    public IReadOnlyDictionary<string, string> Description { get; private set; } = new Dictionary<string, string>();
    public string HostAgency { get; private set; } = "";
    public string Site { get; private set; } = "";
    public DateOnly Deadline { get; private set; }
    public string Status { get; private set; } = "open";

    public static Challenge Create(string city, ChallengeInput input, DateTimeOffset now)
    {
        var challenge = new Challenge();
        challenge.Open(Guid.NewGuid(), city, now);
        challenge.Set(input);
        return challenge;
    }

    public void Update(ChallengeInput input, DateTimeOffset now)
    {
        Set(input);
        Revise(now);
    }

    private void Set(ChallengeInput input)
    {
        (Title, Description, Domain, HostAgency, Site, Deadline, Status) =
            (input.Title, input.Description, input.Domain, input.HostAgency, input.Site, input.Deadline, input.Status);
        Reindex();
    }

    protected override IEnumerable<string?>[] SearchableParts() => [Title.Values, Description.Values, [HostAgency, Site]];

    public void ApplyReplica(ChallengeResponse r)
    {
        ApplyReplica(r.Id, r.City, r.Version, r.PublishedAt, r.UpdatedAt);
        Set(new ChallengeInput(r.Title, r.Description, r.Domain, r.HostAgency, r.Site, r.Deadline, r.Status));
    }

    /// <summary>
    /// The challenge as shown at <paramref name="now"/>: an open call whose deadline day has ended (in UTC) shows
    /// as closed at every city, though no one closed it. The stored and broadcast status stays as the owner set it.
    /// </summary>
    public ChallengeResponse ToResponse(DateTimeOffset now) =>
        Status == "open" && Deadline < DateOnly.FromDateTime(now.UtcDateTime) ? ToResponse() with { Status = "closed" } : ToResponse();

    public ChallengeResponse ToResponse() =>
        new(Id, City, Version, Title, Description, Domain, HostAgency, Site, Deadline, Status, PublishedAt, UpdatedAt);

    protected override object SnapshotEvent() => new ChallengePublished(ToResponse());

    protected override object TombstoneEvent() => new ChallengeWithdrawn(Id, City, Version, UpdatedAt);
}
