namespace Federation.Contracts.Catalog;

/// <summary>One value of a facet (as its filter takes it: <c>transportation</c>, <c>6</c>, <c>true</c>) and how many records of the search have it.</summary>
public record FacetCount(string Value, int Count);

/// <summary>
/// How the records a catalogue search found spread over each filter it takes, every filter of the search applied; values
/// no record has are left out. Readiness (<see cref="Trl"/>, <see cref="Maturity"/>), <see cref="Verified"/> (in a city
/// other than the listing's own) and <see cref="Awarded"/> (a winner or a finalist) are a listing's: empty for challenges.
/// </summary>
/// <param name="Estimated">
/// True when the search matched more records than it reads for facets (its newest few thousand) and the counts are that
/// window's shares scaled to the total, to two figures; false when every match was counted.
/// </param>
public record SearchFacets(
    IReadOnlyList<FacetCount> Domain,
    IReadOnlyList<FacetCount> City,
    IReadOnlyList<FacetCount> Trl,
    IReadOnlyList<FacetCount> Maturity,
    IReadOnlyList<FacetCount> Verified,
    IReadOnlyList<FacetCount> Awarded,
    bool Estimated);

/// <summary>
/// A page of a catalogue search (GET /api/solutions, /api/challenges) with its <see cref="Facets"/>; read as a
/// <see cref="ResultPage{T}"/> it is the page it always was.
/// </summary>
public record SearchPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : ResultPage<T>(Items, Page, PageSize, Total)
{
    /// <summary>Null from a city that does not facet yet.</summary>
    public SearchFacets? Facets { get; init; }
}
