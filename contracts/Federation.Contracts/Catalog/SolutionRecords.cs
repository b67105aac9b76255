namespace Federation.Contracts.Catalog;

/// <summary>The organisation that provides a solution.</summary>
/// <param name="Name">Legal or trading name.</param>
/// <param name="Website">Absolute http(s) address, optional.</param>
/// <param name="HomeCity">Member city id where the provider is based.</param>
/// <param name="OrganisationId">
/// The organisation, in the owning city's directory, that owns the listing (added later, so optional). In a request: an
/// agency lists on behalf of that local organisation; a company's person may name only their own. In a response and
/// the federated listing: the owner, whose people alone apply with it; null for a listing made before ownership.
/// </param>
public record Provider(string? Name, string? Website, string? HomeCity, Guid? OrganisationId = null);

/// <summary>Who answers questions about a record.</summary>
public record Contact(string? Name, string? Email, string? Phone);

/// <summary>Body of POST /api/solutions. Language maps are keyed by BCP 47 tag (en, zh-TW, ko...).</summary>
public record SolutionRequest(
    IReadOnlyDictionary<string, string>? Title,
    IReadOnlyDictionary<string, string>? Summary,
    string? Domain,
    Provider? Provider,
    string? Maturity,
    int? Trl,
    IReadOnlyList<string>? Tags,
    Contact? Contact);

/// <summary>Body of PUT /api/solutions/{id}: the full listing plus the version the caller read.</summary>
public record UpdateSolutionRequest(
    IReadOnlyDictionary<string, string>? Title,
    IReadOnlyDictionary<string, string>? Summary,
    string? Domain,
    Provider? Provider,
    string? Maturity,
    int? Trl,
    IReadOnlyList<string>? Tags,
    Contact? Contact,
    long? Version);

/// <summary>A solution listing as every city's catalogue serves it.</summary>
/// <param name="City">The owning city: with <paramref name="Id"/> the listing's identity.</param>
/// <param name="Version">Increases with every change at the owning city.</param>
public record SolutionResponse(
    Guid Id,
    string City,
    long Version,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Summary,
    string Domain,
    Provider Provider,
    string Maturity,
    int Trl,
    IReadOnlyList<string> Tags,
    Contact? Contact,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Trials that verified this solution in member cities (read side only; added later, so optional).</summary>
    public IReadOnlyList<SolutionVerification> Verifications { get; init; } = [];

    /// <summary>GO SMART Award results for this solution, newest cycle first (read side only; added later, so optional).</summary>
    public IReadOnlyList<SolutionAward> Awards { get; init; } = [];
}
