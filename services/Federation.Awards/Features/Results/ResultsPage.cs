using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Federation.Contracts.Awards;
using Federation.Topology;

namespace Federation.Awards.Features.Results;

/// <summary>
/// A cycle's published results as one self-contained, printable HTML page (no scripts): winners per
/// label and the finalists, each solution's title in every language it has and its city in the network's
/// three display languages.
/// </summary>
public sealed class ResultsPage(MemberList members)
{
    // Every script passes as written (Korean and Chinese stay readable); markup characters are encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public string Render(ResultsResponse r)
    {
        var page = new StringBuilder($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(r.Name)}: results</title>
            <style>body{"{"}font-family:sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem{"}"} li{"{"}margin:.4rem 0{"}"} .city{"{"}color:#555{"}"}</style>
            </head>
            <body>
            <main>
            <h1>{E(r.Name)} ({r.Year})</h1>
            <p>Published {r.PublishedAt.UtcDateTime:yyyy-MM-dd} by the secretariat in {E(City(r.SecretariatCity))}.</p>
            """);
        if (r.Announcement is { Length: > 0 } announcement) page.Append($"<p>{E(announcement)}</p>\n");
        page.Append("<h2>Winners</h2>\n<ul>\n");
        foreach (var w in r.Winners)
            page.Append($"<li><strong>{E(w.Label)}</strong>: {Solution(w.SolutionTitle, w.City)}</li>\n");
        page.Append("</ul>\n<h2>Finalists</h2>\n<ol>\n");
        foreach (var f in r.Finalists) page.Append($"<li>{Solution(f.SolutionTitle, f.City)}</li>\n");
        page.Append("</ol>\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private string Solution(IReadOnlyDictionary<string, string> title, string city) =>
        $"{string.Join(" · ", title.Select(t => $"<span lang=\"{E(t.Key)}\">{E(t.Value)}</span>"))} <span class=\"city\">({E(City(city))})</span>";

    private string City(string city) => members.Contains(city)
        ? string.Join(" · ", MemberList.DisplayLanguages.Select(l => members.Get(city).Names.GetValueOrDefault(l)).OfType<string>().Distinct())
        : city;

    private static string E(string text) => Html.Encode(text);
}
