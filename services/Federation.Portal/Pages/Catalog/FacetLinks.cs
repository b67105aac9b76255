using Federation.Contracts.Catalog;
using Federation.Members;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace Federation.Portal.Pages.Catalog;

/// <summary>
/// A search's facets as links: each value, in the page's language, with its count, narrows the search to it (keeping
/// the words and the other filters, back to the first page); the value chosen links back to every value.
/// </summary>
public sealed record FacetLinks(SearchFacets Facets)
{
    /// <summary>Each facet's filter name, heading and values, in the order the page shows them; empty ones left out.</summary>
    public IEnumerable<(string Filter, string Heading, IEnumerable<(FacetCount Count, string Label)> Values)> Groups(Texts T, MemberList members)
    {
        (string, string, IEnumerable<(FacetCount, string)>) Group(string filter, string heading, IReadOnlyList<FacetCount> counts,
            Func<string, string> label) => (filter, heading, counts.Select(c => (c, label(c.Value))));
        string YesNo(string value) => value == "true" ? T["Yes"] : T["No"];
        return new[]
        {
            Group("domain", T["Domain"], Facets.Domain, d => CatalogWords.Domain(T, d)),
            Group("city", T["City"], Facets.City, members.CityName),
            Group("trl", T["Technology readiness level (TRL 1-9)"], Facets.Trl, t => T["TRL {0}", t]),
            Group("maturity", T["Maturity"], Facets.Maturity, m => CatalogWords.Maturity(T, m)),
            Group("verified", T["Verified in another city"], Facets.Verified, YesNo),
            Group("awarded", T["Awarded"], Facets.Awarded, YesNo),
        }.Where(g => g.Item3.Any());
    }

    /// <summary>A count as the page shows it: "about" one when the catalogue estimated it.</summary>
    public string Count(Texts T, FacetCount count) => Facets.Estimated ? T["about {0}", count.Count] : count.Count.ToString();

    /// <summary>The search with <paramref name="filter"/> set to <paramref name="value"/> (null: removed), on its first page.</summary>
    public static string Link(HttpRequest request, string filter, string? value)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value).ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        query.Remove("page");
        if (value is null) query.Remove(filter);
        else query[filter] = value;
        return request.Path + QueryString.Create(query!).ToUriComponent();
    }

    public static bool Chosen(HttpRequest request, string filter, string value) =>
        string.Equals(request.Query[filter].ToString().Trim(), value, StringComparison.OrdinalIgnoreCase);
}
