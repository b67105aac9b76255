using Microsoft.AspNetCore.Components;

namespace Federation.Awards.Features.Results;

/// <summary>
/// A cycle's published results as one self-contained, printable HTML page (no scripts): winners per
/// label and the finalists, each solution's title (and the cycle's name, labels and announcement) in every
/// language it has and its city in the network's three display languages.
/// </summary>
public sealed partial class ResultsPage
{
    [Parameter, EditorRequired] public ResultsResponse Results { get; set; } = null!;

    [Inject] private MemberList Members { get; set; } = null!;

    /// <summary>The page of <paramref name="results"/>, as an endpoint's answer (text/html; charset=utf-8).</summary>
    public static RazorComponentResult<ResultsPage> Of(ResultsResponse results) =>
        new(new Dictionary<string, object?> { [nameof(Results)] = results });

    private string City(string city) => Members.Contains(city)
        ? string.Join(" · ", MemberList.DisplayLanguages.Select(l => Members.Get(city).Names.GetValueOrDefault(l)).OfType<string>().Distinct())
        : city;
}
