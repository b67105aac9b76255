namespace Federation.Contracts.Catalog;

/// <summary>Body of POST /api/challenges: a need a city publishes for companies to answer.</summary>
public record ChallengeRequest(
    IReadOnlyDictionary<string, string>? Title,
    IReadOnlyDictionary<string, string>? Description,
    string? Domain,
    string? HostAgency,
    string? Site,
    DateOnly? Deadline,
    string? Status);

/// <summary>Body of PUT /api/challenges/{id}: the full challenge plus the version the caller read.</summary>
public record UpdateChallengeRequest(
    IReadOnlyDictionary<string, string>? Title,
    IReadOnlyDictionary<string, string>? Description,
    string? Domain,
    string? HostAgency,
    string? Site,
    DateOnly? Deadline,
    string? Status,
    long? Version);

/// <summary>A challenge as every city's catalogue serves it; identity is (City, Id).</summary>
public record ChallengeResponse(
    Guid Id,
    string City,
    long Version,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Description,
    string Domain,
    string HostAgency,
    string Site,
    DateOnly Deadline,
    string Status,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt);
