namespace Federation.Contracts.Catalog;

/// <summary>
/// Broadcast: the owning city published or changed a listing. It carries the whole listing
/// (state transfer, not a delta) so that a city applies it whatever it missed before.
/// </summary>
public record SolutionPublished(SolutionResponse Solution);

/// <summary>Broadcast tombstone: the owning city withdrew the listing at this version.</summary>
public record SolutionWithdrawn(Guid Id, string City, long Version, DateTimeOffset WithdrawnAt);

/// <summary>Broadcast: the owning city published or changed a challenge (the whole challenge).</summary>
public record ChallengePublished(ChallengeResponse Challenge);

/// <summary>Broadcast tombstone: the owning city withdrew the challenge at this version.</summary>
public record ChallengeWithdrawn(Guid Id, string City, long Version, DateTimeOffset WithdrawnAt);

/// <summary>
/// Targeted to one member: the requesting city asks it to broadcast its listings and challenges
/// again (a city that joined late, or restored its node from a backup).
/// </summary>
[Federation.Contracts.Messaging.Targeted]
public record CatalogResyncRequested(string RequestingCity, DateTimeOffset RequestedAt);

/// <summary>Body of POST /api/catalog/resync: the cities to ask; empty or absent asks every other member.</summary>
public record ResyncRequest(IReadOnlyList<string>? Cities);

/// <summary>The cities a resync request was sent to.</summary>
public record ResyncResponse(IReadOnlyList<string> Cities);
