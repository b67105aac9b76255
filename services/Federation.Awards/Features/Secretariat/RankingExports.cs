using System.Globalization;
using System.Net;
using System.Text;

namespace Federation.Awards.Features.Secretariat;

/// <summary>The ranking as a chart and every score as a CSV sheet, rendered on the server.</summary>
public static class RankingExports
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A horizontal bar per ranked entry, scale 0-10, with a title and text labels a screen reader reads.</summary>
    public static string Chart(AwardCycle cycle, RankingResponse ranking)
    {
        const int barHeight = 28, labelWidth = 260, scaleWidth = 400, top = 40;
        var height = top + ranking.Entries.Count * barHeight + 20;
        var svg = new StringBuilder();
        svg.Append(Invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"title desc\" width=\"{labelWidth + scaleWidth + 80}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"13\">");
        svg.Append($"<title id=\"title\">{E(cycle.Name)}: ranking</title>");
        svg.Append($"<desc id=\"desc\">Weighted average score of each entry, 0 to 10, best first.</desc>");
        svg.Append(Invariant, $"<text x=\"0\" y=\"20\" font-weight=\"bold\">{E(cycle.Name)} ({cycle.Year}): ranking</text>");
        for (var i = 0; i < ranking.Entries.Count; i++)
        {
            var e = ranking.Entries[i];
            var y = top + i * barHeight;
            var width = (int)Math.Round((double)((e.Score ?? 0) / 10m) * scaleWidth);
            var label = $"{(e.Rank > 0 ? e.Rank.ToString(Invariant) : "–")}. {Title(e.SolutionTitle)} ({e.City})";
            var score = e.Score is { } s ? s.ToString("0.00", Invariant) : "not scored";
            svg.Append(Invariant, $"<g><title>{E(label)}: {score}</title>");
            svg.Append(Invariant, $"<text x=\"0\" y=\"{y + 18}\">{E(label)}</text>");
            svg.Append(Invariant, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"{barHeight - 8}\" fill=\"#2b6cb0\"/>");
            svg.Append(Invariant, $"<text x=\"{labelWidth + width + 6}\" y=\"{y + 18}\">{score}</text></g>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One row per judge, entry and criterion scored, with its comment (RFC 4180).</summary>
    public static string Csv(AwardCycle cycle, IReadOnlyList<Assignment> assignments, IReadOnlyList<Entry> entries)
    {
        var csv = new StringBuilder("judge_id,judge_city,judge_name,entry_id,entry_city,solution,criterion,weight,score,comment,sequence,submitted_at,counts\r\n");
        var byId = entries.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var a in assignments.OrderBy(a => a.JudgeName, StringComparer.Ordinal))
            foreach (var sheet in a.Sheets.OrderBy(s => s.EntryId))
            {
                var entry = byId.GetValueOrDefault(sheet.EntryId);
                foreach (var score in sheet.Scores)
                    csv.Append(ServiceDefaults.Http.Csv.Row([
                        a.JudgeId.ToString(), a.JudgeCity, a.JudgeName, sheet.EntryId.ToString(), entry?.City ?? "",
                        entry is null ? "" : Title(entry.SolutionTitle), score.CriterionKey,
                        cycle.CriterionKeyed(score.CriterionKey)?.Weight.ToString(Invariant) ?? "", score.Value.ToString(Invariant),
                        score.Comment ?? "", sheet.Sequence.ToString(Invariant), sheet.SubmittedAt.ToString("O", Invariant),
                        a.StandingOf(sheet.EntryId) == SheetStanding.Counts && a.IsAssigned(sheet.EntryId) ? "yes" : "no"]));
            }
        return csv.ToString();
    }

    private static string Title(IReadOnlyDictionary<string, string> title) =>
        title.TryGetValue("en", out var en) ? en : title.Values.FirstOrDefault() ?? "";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
