using System.Text.RegularExpressions;
using Federation.Catalog.Features.Challenges;

namespace Federation.Catalog.Features.Matchmaking;

/// <summary>
/// How well a solution fits a challenge, the way GO SMART's secretariat matches by hand: the same domain (3 points),
/// words they share in any language (1 each, at most 5: Latin words as stems, Korean words, Chinese pairs of characters,
/// all as search folds them, so 路灯 meets 路燈), ready for a testbed (TRL 6 or more, as Seoul's asks: 1; deployed: 1),
/// verified in a city other than its own (3), awarded (a winner 2, a finalist 1), from another city (1: the network
/// exists for those). Nothing shared but the city is no fit.
/// </summary>
public static partial class Fit
{
    public const int MinimumScore = 2;

    public static (int Score, List<FitReason> Reasons) Of(Challenge challenge, SolutionResponse solution, string solutionText)
    {
        var reasons = new List<FitReason>();
        var score = 0;
        void Add(int points, string kind, params IEnumerable<string> details)
        {
            score += points;
            reasons.Add(new FitReason(kind, [.. details]));
        }
        if (solution.Domain == challenge.Domain) Add(3, "domain", challenge.Domain);
        var shared = WordsOf(challenge).Where(solutionText.Contains).ToList();
        if (shared.Count > 0) Add(Math.Min(shared.Count, 5), "words", shared);
        if (score == 0) return (0, reasons);
        if (solution.Trl >= 6) Add(1, "readiness", $"TRL {solution.Trl}");
        if (solution.Maturity == "deployed") Add(1, "readiness", "deployed");
        var verifiedIn = solution.Verifications.Where(v => v.Verdict == "passed" && v.HostCity != solution.City)
            .Select(v => v.HostCity).Distinct().ToList();
        if (verifiedIn.Count > 0) Add(3, "verified", verifiedIn);
        if (solution.Awards.Any(a => a.Standing == SolutionAward.Winner)) Add(2, "awarded", solution.Awards.Select(a => a.CycleName).Distinct());
        else if (solution.Awards.Count > 0) Add(1, "awarded", solution.Awards.Select(a => a.CycleName).Distinct());
        if (solution.City != challenge.City) Add(1, "otherCity", solution.City);
        return (score, reasons);
    }

    /// <summary>
    /// The challenge's words, folded as search folds them: what a solution's search text must contain to share one. A
    /// Chinese run gives its pairs of characters (Chinese has no spaces; most of its words are two characters).
    /// </summary>
    public static IReadOnlyList<string> WordsOf(Challenge challenge)
    {
        var text = CatalogText.Normalize(string.Join('\n', challenge.Title.Values.Concat(challenge.Description.Values)));
        var words = new List<string>();
        foreach (Match run in Han().Matches(text))
            for (var i = 0; i + 1 < run.Value.Length; i++) words.Add(run.Value.Substring(i, 2));
        words.AddRange(Hangul().Matches(text).Select(m => m.Value));
        words.AddRange(CatalogText.Terms(string.Join(' ', CatalogText.EnglishWords(text).Where(w => !StopWords.Contains(w)))));
        return [.. words.Distinct()];
    }

    private static readonly HashSet<string> StopWords =
        ["the", "and", "for", "with", "that", "this", "from", "our", "are", "its", "into", "when", "which", "city", "cities", "smart"];

    [GeneratedRegex(@"[\u3400-\u4DBF\u4E00-\u9FFF]{2,}")]
    private static partial Regex Han();

    [GeneratedRegex(@"[\uAC00-\uD7A3]{2,}")]
    private static partial Regex Hangul();
}
