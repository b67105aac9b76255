namespace Federation.Contracts.Catalog;

/// <summary>The fixed vocabularies of catalogue records, as sent on the wire.</summary>
public static class CatalogVocabulary
{
    /// <summary>Taipei's 1+7 framework: smart government at the core plus seven domains.</summary>
    public static readonly IReadOnlyList<string> Domains =
        ["government", "building", "transportation", "education", "healthcare", "security", "environment", "economy"];

    /// <summary>How far a solution has come: proven in a pilot, or deployed in service.</summary>
    public static readonly IReadOnlyList<string> Maturities = ["pilot", "deployed"];

    /// <summary>Whether a challenge still takes proposals.</summary>
    public static readonly IReadOnlyList<string> ChallengeStatuses = ["open", "closed"];
}
